package org.crosswalk.ui.suggestions;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Suggestions panel: the selected priority's suggested paragraphs, best first, each with
 * Accept and Dismiss (Enter and Delete on the selected one), and the dismissed ones on request.
 */
public final class SuggestionsView extends VBox {
    private final SuggestionsViewModel model;
    private final ListView<SuggestedParagraph> list = new ListView<>();
    /** The row to keep selected when the list is refilled after an accept or dismiss; -1 for none. */
    private int keep = -1;

    public SuggestionsView(SuggestionsViewModel model) {
        this.model = model;
        setId("suggestionsPanel");
        getStyleClass().add("pane-column");
        setSpacing(6);
        setPadding(new Insets(8));

        Label heading = shownWhenText("suggestionsHeading", "suggestions-heading", model.headingProperty());
        heading.setLabelFor(list);
        Label note = shownWhenText("suggestionsNote", "suggestion-note", model.noteProperty());

        Label hint = new Label("Best first. Enter accepts, Delete dismisses.");
        hint.getStyleClass().add("suggestion-muted");
        hint.setMinWidth(0);
        Label finding = new Label("Finding suggestions…");
        finding.setId("suggestionsFinding");
        finding.getStyleClass().add("suggestion-muted");
        finding.setMinWidth(Label.USE_PREF_SIZE);
        finding.visibleProperty().bind(model.findingProperty().and(Bindings.isNotEmpty(model.suggestions())));
        finding.managedProperty().bind(finding.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox hintRow = new HBox(8, hint, gap, finding);
        hintRow.setAlignment(Pos.CENTER_LEFT);
        hintRow.managedProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        hintRow.visibleProperty().bind(hintRow.managedProperty());

        configureList();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, note, hintRow, list, new DismissedList(model));
    }

    /** Shows the panel's list with the keyboard focus on it (View > Suggested Paragraphs). */
    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void configureList() {
        list.setId("suggestionList");
        list.getStyleClass().add("suggestion-list");
        list.setAccessibleText("Suggested paragraphs for the selected priority. Enter accepts, Delete dismisses.");
        list.setItems(model.suggestions());
        Label placeholder = new Label();
        placeholder.setId("suggestionsMessage");
        placeholder.getStyleClass().add("suggestion-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(model.messageProperty());
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new Cell());
        list.setOnKeyPressed(e -> {
            SuggestedParagraph selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                decide(() -> model.accept(selected));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                decide(() -> model.dismiss(selected));
                e.consume();
            }
        });
        list.setContextMenu(contextMenu());
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                keep = now.intValue();
            }
        });
        // Keep the keyboard's place as rows leave and the list refills; a new priority starts afresh.
        model.suggestions().addListener((ListChangeListener<SuggestedParagraph>) change -> {
            if (model.suggestions().isEmpty()) {
                keep = -1;
            } else if (list.getSelectionModel().isEmpty() && (keep >= 0 || list.isFocused())) {
                list.getSelectionModel().select(Math.max(0, Math.min(keep, model.suggestions().size() - 1)));
            }
        });
        list.focusedProperty().addListener((o, was, now) -> {
            if (now && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
    }

    /** Runs an accept or dismiss of the selected row, then selects the row that took its place. */
    private void decide(Runnable decision) {
        int index = list.getSelectionModel().getSelectedIndex();
        decision.run();
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(index, list.getItems().size() - 1));
        }
    }

    private ContextMenu contextMenu() {
        MenuItem accept = new MenuItem("Accept: link to the priority");
        accept.setAccelerator(new KeyCodeCombination(KeyCode.ENTER));
        accept.setOnAction(e -> selected(true));
        MenuItem dismiss = new MenuItem("Dismiss: do not suggest again for this priority");
        dismiss.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        dismiss.setOnAction(e -> selected(false));
        for (MenuItem item : java.util.List.of(accept, dismiss)) {
            item.disableProperty().bind(model.canDecideProperty().not()
                    .or(list.getSelectionModel().selectedItemProperty().isNull()));
        }
        return new ContextMenu(accept, dismiss);
    }

    private void selected(boolean accept) {
        SuggestedParagraph selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            decide(() -> {
                if (accept) {
                    model.accept(selected);
                } else {
                    model.dismiss(selected);
                }
            });
        }
    }

    /** A wrapping line of text that takes no room while it has nothing to say. */
    private static Label shownWhenText(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private final class Cell extends ListCell<SuggestedParagraph> {
        @Override
        protected void updateItem(SuggestedParagraph item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Button accept = action("Accept", "Link this paragraph to the priority (Enter)",
                    "Accept " + item.reference() + ": link it to the priority", () -> model.accept(item));
            accept.getStyleClass().add("accept-button");
            Button dismiss = action("Dismiss", "Do not suggest this paragraph for this priority again (Delete)",
                    "Dismiss " + item.reference(), () -> model.dismiss(item));
            setGraphic(new SuggestionCard(item, list.widthProperty().subtract(36), false).withActions(accept, dismiss));
            setAccessibleText(SuggestionCard.spoken(item) + " Enter accepts, Delete dismisses.");
        }

        /** A row's button selects its row first, so the keyboard carries on from there. */
        private Button action(String text, String tip, String spoken, Runnable run) {
            return new RowButton(text, tip, spoken, model.canDecideProperty(), () -> {
                getListView().getSelectionModel().select(getIndex());
                decide(run);
            });
        }
    }
}
