package org.crosswalk.ui.planimport;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.ui.planimport.ReviewViewModel.Row;

/** The items in view: number, printed page, kind and the start of the text; the selection follows the model. */
final class ItemsTable extends VBox {
    private final ReviewViewModel model;
    private final TableView<Row> table = new TableView<>();
    private boolean showing;

    /** {@code edit} is run on Enter: the cursor goes to the selected item's text. */
    ItemsTable(ReviewViewModel model, Runnable edit, Runnable drop) {
        this.model = model;
        setSpacing(4);
        Label heading = new Label();
        heading.setMnemonicParsing(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> "_Items in view: " + model.rows().size()
                + " of " + model.plan().items().size(), model.rows(), model.planProperty()));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(table);

        table.setId("importItems");
        table.setAccessibleText("Items read from the plan");
        table.setPlaceholder(new Label("No items here. Choose another part of the outline."));
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("No.", 60, ParsedItem::number));
        table.getColumns().add(column("Page", 66, ItemsTable::pages));
        table.getColumns().add(column("Kind", 124, item -> item.kind().displayName()));
        table.getColumns().forEach(c -> {
            c.setMinWidth(c.getPrefWidth());
            c.setMaxWidth(c.getPrefWidth() * 1.25);
        });
        table.getColumns().add(column("Text", 400, item -> item.text().replaceAll("\\s+", " ")));

        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!showing && now != null) {
                model.select(now.index());
            }
        });
        model.rows().addListener((ListChangeListener<Row>) change -> showSelection());
        model.selectedProperty().addListener((o, old, now) -> showSelection());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                drop.run();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
        showSelection();
    }

    TableView<Row> table() {
        return table;
    }

    private void showSelection() {
        showing = true;
        try {
            int index = model.selectedProperty().get();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).index() == index) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                    scrollIntoView(i);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            showing = false;
        }
    }

    /** Scrolls only when the row is out of sight, so the list does not jump on every correction. */
    private void scrollIntoView(int row) {
        var skin = table.getSkin();
        if (skin == null) {
            table.scrollTo(Math.max(0, row - 2));
            return;
        }
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>)
                table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            table.scrollTo(Math.max(0, row - 2));
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (row <= first || row >= last) {
            table.scrollTo(Math.max(0, row - 2));
        }
    }

    private static String pages(ParsedItem item) {
        if (item.printedPage() == null) {
            return "";
        }
        return item.continuesToPage() == null ? item.printedPage().toString()
                : item.printedPage() + "–" + item.continuesToPage();
    }

    private static TableColumn<Row, String> column(String title, double width, Function<ParsedItem, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().item())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
