package org.crosswalk.ui.progress;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.OneWindow;
import org.crosswalk.ui.OwnedScenes;

/**
 * View > Progress: the board's follow-up of its priorities — each one's lead, status (colour and
 * words), due date and latest update, with a form to record progress for the selected one.
 */
public final class ProgressWindow implements OneWindow.Shown {
    private final Stage stage = new Stage();
    private final ProgressViewModel model;
    private final TableView<ProgressRow> table = new TableView<>();

    /** {@code exportReport}: File > Export Progress Report, offered here too, where the follow-up is done. */
    public ProgressWindow(Window owner, ProgressViewModel model, String css, Command exportReport) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Progress — Crosswalk");
        Label summary = new Label();
        summary.setId("progressSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        buildTable();
        Button export = exportReport.bind(new Button("Export Progress Report…"));
        export.setId("exportProgressReport");
        HBox top = new HBox(12, summary, export);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, javafx.scene.layout.Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(8, top, filters(), table);
        left.setPadding(new Insets(10));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, new ProgressForm(model));
        split.setDividerPositions(0.66);
        BorderPane root = new BorderPane(split);
        Scene scene = OwnedScenes.of(owner, root, 1320, 760, css);
        stage.setScene(scene);
    }

    @Override
    public void show() {
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    @Override
    public Stage stage() {
        return stage;
    }

    private HBox filters() {
        ComboBox<ImplementationStatus> status = new ComboBox<>();
        status.setId("progressFilter");
        status.getItems().add(null);
        status.getItems().addAll(ImplementationStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ImplementationStatus value) {
                return value == null ? "Every status" : value.words();
            }

            @Override
            public ImplementationStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        status.setAccessibleText("Show priorities with status");
        CheckBox overdue = new CheckBox("Overdue only");
        overdue.setId("progressOverdueOnly");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        HBox box = new HBox(12, new Label("Show:"), status, overdue);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("progressTable");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No priorities match."));
        table.getColumns().add(column("Theme", ProgressRow::theme, 120));
        table.getColumns().add(column("Priority", ProgressRow::title, 200));
        table.getColumns().add(column("Lead", ProgressRow::lead, 110));
        TableColumn<ProgressRow, ProgressRow> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(120);
        status.setMinWidth(120);
        table.getColumns().add(status);
        table.getColumns().add(column("Due", ProgressRow::dueWords, 100));
        table.getColumns().add(column("Latest update", r -> r.progress().update(), 180));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.select(row.priorityId());
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<ProgressRow>) change -> keepSelection());
        keepSelection();
    }

    /** After a refresh the main window's selected priority stays selected here. */
    private void keepSelection() {
        model.rows().stream().filter(r -> r.priorityId().equals(model.selectedId())).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private static TableColumn<ProgressRow, String> column(String title,
                                                          java.util.function.Function<ProgressRow, String> value,
                                                          double width) {
        TableColumn<ProgressRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.getStyleClass().add("wrapping-text");
                // Whole wording on as many lines as it needs: officers read this table, not scan it.
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : text);
                text.getStyleClass().remove("overdue-text");
                ProgressRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.overdue() && "Due".equals(title)) {
                    text.getStyleClass().add("overdue-text");
                }
            }
        });
        column.setPrefWidth(width);
        return column;
    }
}
