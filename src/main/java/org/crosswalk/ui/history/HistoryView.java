package org.crosswalk.ui.history;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The history panel: "All changes" or "This priority", a box to narrow by words, and the changes
 * newest first in a virtualised list (only the visible rows have nodes, so 10,000 changes scroll
 * as smoothly as ten).
 */
public final class HistoryView extends VBox {
    private final ListView<HistoryRow> list;
    private final TextField filter = new TextField();

    public HistoryView(HistoryViewModel model) {
        super(6);
        setId("historyPanel");
        setPadding(new Insets(8));
        ToggleGroup scope = new ToggleGroup();
        RadioButton all = new RadioButton("All changes");
        all.setId("historyAll");
        all.setToggleGroup(scope);
        RadioButton priority = new RadioButton("This priority");
        priority.setId("historyThisPriority");
        priority.setToggleGroup(scope);
        (model.thisPriorityProperty().get() ? priority : all).setSelected(true);
        priority.selectedProperty().addListener((o, was, now) -> model.thisPriorityProperty().set(now));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox scopeRow = new HBox(12, all, priority, busy);
        scopeRow.setAlignment(Pos.CENTER_LEFT);

        filter.setId("historyFilter");
        filter.setPromptText("Find in history (words, a name, “Undo”…)");
        filter.setAccessibleText("Find in history");
        filter.textProperty().bindBidirectional(model.filterProperty());

        Label note = new Label();
        note.setId("historyNote");
        note.setWrapText(true);
        note.getStyleClass().add("hint-text");
        note.textProperty().bind(model.noteProperty());

        list = new ListView<>(model.rows());
        list.setId("historyList");
        list.setAccessibleText("Changes, newest first");
        list.setPlaceholder(new Label("No changes to show."));
        list.setCellFactory(view -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(scopeRow, filter, note, list);
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    /** What changed on the first line; when and who, smaller, on the second. */
    private static final class RowCell extends ListCell<HistoryRow> {
        private final Label what = new Label();
        private final Label whenWho = new Label();
        private final VBox box = new VBox(1, what, whenWho);

        RowCell() {
            what.setWrapText(true);
            what.getStyleClass().add("history-what");
            whenWho.getStyleClass().add("history-when");
            whenWho.setStyle("-fx-font-size: 0.9em; -fx-text-fill: #555555;");
            box.setMaxWidth(Double.MAX_VALUE);
            what.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(HistoryRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            what.setText(row.what());
            what.setStyle(row.undoOrRedo() ? "-fx-font-style: italic;" : "");
            whenWho.setText(row.when() + " · " + row.who());
            setGraphic(box);
            setAccessibleText(row.what() + ", " + row.when() + ", by " + row.who());
        }
    }
}
