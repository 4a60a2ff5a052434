package org.crosswalk.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The fields of the app's small forms, made the same way everywhere (labels with mnemonics, wrapping text). */
public final class FormFields {
    private FormFields() {
    }

    /** A wrapping text area of {@code rows} lines, showing {@code prompt} while empty. */
    public static TextArea area(String id, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    /** A label for {@code field} whose underlined letter (Alt+letter) moves the keyboard to it. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
