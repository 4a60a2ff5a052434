package org.crosswalk.ui.presentation;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.crosswalk.ui.suggestions.SuggestedParagraph;
import org.crosswalk.ui.suggestions.SuggestionsViewModel;

/**
 * The best three suggested paragraphs for the shown priority, each with a Link button (also
 * Ctrl+1, Ctrl+2, Ctrl+3), so a room can agree a link without leaving presentation mode.
 */
final class SuggestionsColumn extends VBox {
    static final int SHOWN = 3;
    private final SuggestionsViewModel suggestions;
    private final VBox cards = new VBox(14);

    SuggestionsColumn(SuggestionsViewModel suggestions) {
        super(10);
        this.suggestions = suggestions;
        getStyleClass().add("suggestions-column");
        Label heading = new Label("Suggested paragraphs");
        heading.getStyleClass().add("slide-heading");
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("slide-hint");
        message.textProperty().bind(suggestions.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        getChildren().addAll(heading, message, cards);
        suggestions.suggestions().addListener((ListChangeListener<SuggestedParagraph>) change -> fill());
        fill();
    }

    /** Links the n-th shown suggestion (1-based) to the priority; false when there is none. */
    boolean accept(int n) {
        List<SuggestedParagraph> shown = suggestions.suggestions();
        if (n < 1 || n > Math.min(SHOWN, shown.size()) || !suggestions.canDecideProperty().get()) {
            return false;
        }
        suggestions.accept(shown.get(n - 1));
        return true;
    }

    private void fill() {
        cards.getChildren().clear();
        List<SuggestedParagraph> shown = suggestions.suggestions();
        for (int i = 0; i < Math.min(SHOWN, shown.size()); i++) {
            cards.getChildren().add(card(shown.get(i), i + 1));
        }
    }

    private VBox card(SuggestedParagraph suggestion, int n) {
        Label title = new Label(suggestion.title() + " " + suggestion.citation());
        title.getStyleClass().add("suggestion-title");
        title.setWrapText(true);
        Label text = new Label(suggestion.snippet());
        text.setWrapText(true);
        text.getStyleClass().add("suggestion-text");
        text.setMinHeight(Label.USE_PREF_SIZE);
        Button link = new Button("Link  (Ctrl+" + n + ")");
        link.setId("presentLink" + n);
        link.disableProperty().bind(suggestions.canDecideProperty().not());
        link.setOnAction(e -> suggestions.accept(suggestion));
        link.setAccessibleText("Link paragraph " + suggestion.reference() + " to this priority");
        VBox card = new VBox(6, title, text, link);
        card.getStyleClass().add("suggestion-card");
        return card;
    }
}
