package org.crosswalk.ui.suggestions;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.crosswalk.ui.Highlights;
import org.crosswalk.ui.Tips;

/**
 * One suggested paragraph, for the panel and the draft window alike: its number and citation with
 * the strength of the match, where it sits in the plan, its words with the matches in bold, and
 * why it was suggested.
 */
final class SuggestionCard extends VBox {

    /**
     * @param width      the width to wrap to (the list's, less its scroll bar)
     * @param withNumber show the score's number beside its word (where scores are compared)
     */
    SuggestionCard(SuggestedParagraph paragraph, ObservableDoubleValue width, boolean withNumber) {
        getStyleClass().add("suggestion-card");
        setSpacing(3);
        prefWidthProperty().bind(width);
        maxWidthProperty().bind(width);
        setMinWidth(0);

        Label reference = new Label(paragraph.title());
        reference.getStyleClass().add("suggestion-reference");
        reference.setTextOverrun(OverrunStyle.ELLIPSIS);
        reference.setMinWidth(0);
        Label citation = new Label(paragraph.citation());
        citation.getStyleClass().add("suggestion-muted");
        citation.setMinWidth(Label.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, reference, citation, gap, new StrengthMeter(paragraph.score(), withNumber));
        header.setAlignment(Pos.CENTER_LEFT);

        Label where = new Label(paragraph.where());
        where.getStyleClass().addAll("suggestion-muted", "suggestion-where");
        where.setTextOverrun(OverrunStyle.ELLIPSIS);
        where.setMaxWidth(Double.MAX_VALUE);
        where.setMinWidth(0);
        Tips.set(where, paragraph.where());

        TextFlow text = new TextFlow();
        text.getChildren().setAll(Highlights.texts(paragraph.snippet(), paragraph.matched(), "wrapping-text"));
        text.setMinHeight(Region.USE_PREF_SIZE);

        Label reasons = new Label(paragraph.reasons());
        reasons.getStyleClass().addAll("suggestion-muted", "suggestion-reasons");
        reasons.setWrapText(true);
        reasons.setMinHeight(Region.USE_PREF_SIZE);

        getChildren().addAll(header, where, text, reasons);
    }

    /** Adds a row of controls (Accept, Dismiss) under the card, on the right. */
    SuggestionCard withActions(Node... actions) {
        HBox row = new HBox(6, actions);
        row.setAlignment(Pos.CENTER_RIGHT);
        getChildren().add(row);
        return this;
    }

    /** What a screen reader says for the card. */
    static String spoken(SuggestedParagraph paragraph) {
        return paragraph.reference() + " " + paragraph.citation() + ", " + paragraph.strength().label().toLowerCase(java.util.Locale.ROOT)
                + " match. " + paragraph.snippet() + " " + paragraph.reasons();
    }
}
