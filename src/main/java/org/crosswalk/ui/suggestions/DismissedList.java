package org.crosswalk.ui.suggestions;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Under the suggestions: "Show dismissed (N)", and the dismissed paragraphs with "Suggest again". */
final class DismissedList extends VBox {

    DismissedList(SuggestionsViewModel model) {
        setSpacing(4);
        ToggleButton toggle = new ToggleButton();
        toggle.setId("showDismissed");
        toggle.getStyleClass().add("dismissed-toggle");
        toggle.selectedProperty().bindBidirectional(model.showDismissedProperty());
        toggle.textProperty().bind(Bindings.createStringBinding(() -> (toggle.isSelected() ? "Hide" : "Show")
                + " dismissed (" + model.dismissed().size() + ")", toggle.selectedProperty(), model.dismissed()));
        toggle.setAccessibleHelp("Paragraphs you dismissed for this priority; they can be suggested again.");

        ListView<DismissedParagraph> list = new ListView<>(model.dismissed());
        list.setId("dismissedList");
        list.setAccessibleText("Dismissed paragraphs. Enter suggests the selected one again.");
        // As tall as its rows, up to four, more scroll; the row height is in the style sheet (em, for zoom).
        list.getStyleClass().add("dismissed-list");
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(4, Math.max(1, model.dismissed().size()))
                        * (list.getFixedCellSize() > 0 ? list.getFixedCellSize() : 36) + 4,
                model.dismissed(), list.fixedCellSizeProperty()));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(view -> new Cell(model));
        list.setOnKeyPressed(e -> {
            DismissedParagraph selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.suggestAgain(selected);
                e.consume();
            }
        });
        list.managedProperty().bind(toggle.selectedProperty());
        list.visibleProperty().bind(list.managedProperty());

        getChildren().addAll(toggle, list);
        managedProperty().bind(Bindings.isNotEmpty(model.dismissed()));
        visibleProperty().bind(managedProperty());
    }

    private static final class Cell extends ListCell<DismissedParagraph> {
        private final SuggestionsViewModel model;

        Cell(SuggestionsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(DismissedParagraph item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(item.reference().startsWith("“") ? item.reference()
                    : item.reference() + "  " + item.firstWords());
            text.setTextOverrun(OverrunStyle.ELLIPSIS);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button again = new RowButton("Suggest again", "Suggest this paragraph for this priority again (Enter)",
                    "Suggest " + item.reference() + " again", model.canDecideProperty(), () -> model.suggestAgain(item));
            HBox row = new HBox(8, text, again);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            row.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            row.maxWidthProperty().bind(row.prefWidthProperty());
            setGraphic(row);
            setAccessibleText("Dismissed: " + item.reference() + " " + item.firstWords() + ". Enter suggests it again.");
        }
    }
}
