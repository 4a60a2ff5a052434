package org.crosswalk.ui.tableimport;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.tables.mapping.TablePreview.Unmatched;
import org.crosswalk.ui.Tips;

/**
 * "Could not be matched": the rows of the table that will not be imported, with why, in an
 * amber box so they are not missed; hidden when everything matched.
 */
final class UnmatchedPane extends VBox {
    UnmatchedPane(TableImportViewModel model) {
        Label title = new Label();
        title.getStyleClass().add("review-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> "Could not be matched ("
                + count(model.previewProperty().get()) + ")", model.previewProperty()));
        Label explanation = new Label("These will not be imported. Everything else in the table will. After "
                + "importing, link these by hand: find the paragraph in the national plan and link it to the "
                + "priority.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        TableView<Unmatched> list = new TableView<>();
        list.setId("unmatchedList");
        list.setAccessibleText("Could not be matched");
        list.getColumns().add(column("Row", 50, u -> String.valueOf(u.line())));
        list.getColumns().add(column("Text in the table", 540, Unmatched::text));
        list.getColumns().add(column("Why", 280, Unmatched::reason));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPrefHeight(150);
        model.previewProperty().addListener((o, old, now) -> list.setItems(items(now)));
        list.setItems(items(model.previewProperty().get()));

        getChildren().addAll(title, explanation, list);
        setSpacing(6);
        setPadding(new Insets(8, 10, 10, 14));
        getStyleClass().add("review-box");
        visibleProperty().bind(Bindings.createBooleanBinding(() -> count(model.previewProperty().get()) > 0,
                model.previewProperty()));
        managedProperty().bind(visibleProperty());
    }

    private static int count(TablePreview preview) {
        return preview == null ? 0 : preview.unmatched().size();
    }

    private static javafx.collections.ObservableList<Unmatched> items(TablePreview preview) {
        return preview == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(preview.unmatched());
    }

    private static TableColumn<Unmatched, String> column(String title, double width,
                                                         java.util.function.Function<Unmatched, String> value) {
        TableColumn<Unmatched, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        // Long passages are cut to the column: the whole text is in the tooltip.
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                Tips.set(this, empty || text == null || text.length() < 40 ? null : text);
            }
        });
        return column;
    }
}
