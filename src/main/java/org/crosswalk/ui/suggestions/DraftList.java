package org.crosswalk.ui.suggestions;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The draft window's list: each priority's title with a check box for all its drafts, and under
 * it the drafted paragraphs, each with its own. Space checks or unchecks the selected row.
 */
final class DraftList extends ListView<DraftRow> {
    private static final double INDENT = 26;

    DraftList(DraftLinksViewModel model) {
        super(model.rows());
        setId("draftList");
        getStyleClass().addAll("suggestion-list", "draft-list");
        setAccessibleText("Drafted links, under their priorities. Space checks or unchecks the selected one.");
        setCellFactory(view -> new Cell(model));
        setOnKeyPressed(e -> {
            DraftRow selected = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && selected != null) {
                toggle(model, selected);
                e.consume();
            }
        });
        // With the keyboard here, there is always a selected row for Space to act on.
        focusedProperty().addListener((o, was, now) -> selectFirstIfFocused());
        getItems().addListener((javafx.collections.ListChangeListener<DraftRow>) change -> selectFirstIfFocused());
    }

    private void selectFirstIfFocused() {
        if (isFocused() && getSelectionModel().isEmpty() && !getItems().isEmpty()) {
            getSelectionModel().selectFirst();
        }
    }

    private static void toggle(DraftLinksViewModel model, DraftRow row) {
        if (row instanceof DraftRow.Heading heading) {
            model.toggle(heading);
        } else if (row instanceof DraftRow.Line line) {
            line.checkedProperty().set(!line.isChecked());
        }
    }

    private final class Cell extends ListCell<DraftRow> {
        private final DraftLinksViewModel model;
        private final CheckBox box = new CheckBox();
        private BooleanProperty bound;

        Cell(DraftLinksViewModel model) {
            this.model = model;
            box.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(DraftRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            unbind();
            getStyleClass().remove("draft-heading");
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else if (row instanceof DraftRow.Heading heading) {
                showHeading(heading);
            } else if (row instanceof DraftRow.Line line) {
                showLine(line);
            }
        }

        private void showHeading(DraftRow.Heading heading) {
            getStyleClass().add("draft-heading");
            // The box shows the state of the drafts below; a click on it checks or unchecks them all.
            box.selectedProperty().bind(heading.allCheckedProperty());
            box.indeterminateProperty().bind(heading.someCheckedProperty());
            box.setOnMouseClicked(e -> model.toggle(heading));
            box.setAccessibleText("Check all drafts for " + heading.priority().title());
            Label theme = new Label(heading.theme() + "  ›");
            theme.getStyleClass().add("suggestion-muted");
            theme.setMinWidth(0);
            Label title = new Label(heading.priority().title());
            title.getStyleClass().add("suggestions-heading");
            title.setMinWidth(Label.USE_PREF_SIZE);
            Label count = new Label(DraftLinksViewModel.plural(heading.lines().size(), "draft", "drafts"));
            count.getStyleClass().add("suggestion-muted");
            count.setMinWidth(Label.USE_PREF_SIZE);
            HBox line = new HBox(8, box, theme, title, count);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
            setAccessibleText(heading.priority().title() + ", " + count.getText() + ". Space checks them all.");
        }

        private void showLine(DraftRow.Line line) {
            bound = line.checkedProperty();
            box.selectedProperty().bindBidirectional(bound);
            box.setOnMouseClicked(null);
            box.setAccessibleText("Check " + line.paragraph().reference());
            SuggestionCard card = new SuggestionCard(line.paragraph(),
                    getListView().widthProperty().subtract(INDENT + 60), true);
            HBox.setHgrow(card, Priority.ALWAYS);
            HBox row = new HBox(8, box, card);
            row.setPadding(new Insets(0, 0, 0, INDENT));
            row.setAlignment(Pos.TOP_LEFT);
            setGraphic(row);
            setAccessibleText((line.isChecked() ? "Checked. " : "") + SuggestionCard.spoken(line.paragraph())
                    + " Space checks or unchecks it.");
        }

        private void unbind() {
            box.selectedProperty().unbind();
            box.indeterminateProperty().unbind();
            box.setIndeterminate(false);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
        }
    }
}
