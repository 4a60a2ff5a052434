package org.crosswalk.ui.suggestions;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A score as three rising bars and a word ("Strong"), the number in a tooltip or, where people
 * compare numbers (the draft window), beside the word. Never colour alone: the word says it.
 */
final class StrengthMeter extends HBox {

    StrengthMeter(double score, boolean withNumber) {
        MatchStrength strength = MatchStrength.of(score);
        getStyleClass().add("strength-meter");
        setAlignment(Pos.BOTTOM_LEFT);
        setSpacing(2);
        for (int bar = 1; bar <= 3; bar++) {
            Region region = new Region();
            region.getStyleClass().addAll("strength-bar", bar <= strength.bars() ? "strength-bar-on" : "strength-bar-off");
            region.setMinSize(5, 4 + 3 * bar);
            region.setMaxSize(5, 4 + 3 * bar);
            getChildren().add(region);
        }
        Label word = new Label(strength.label() + (withNumber ? " · " + MatchStrength.number(score) : ""));
        word.getStyleClass().add("strength-word");
        word.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setMargin(word, new javafx.geometry.Insets(0, 0, 0, 4));
        getChildren().add(word);
        setMinWidth(USE_PREF_SIZE);
        Tooltip.install(this, wrapped(MatchStrength.explain(score)));
        setAccessibleText(strength.label() + " match, score " + MatchStrength.number(score));
    }

    static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        return tooltip;
    }
}
