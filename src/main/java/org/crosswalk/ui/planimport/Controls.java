package org.crosswalk.ui.planimport;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Labels and buttons of the import window: an underlined letter (Alt+letter) and a tip for each. */
final class Controls {
    private Controls() {
    }

    /** A label whose Alt+letter puts the keyboard in {@code field}. */
    static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleHelp(tip);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }
}
