package org.crosswalk.ui.presentation;

import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The line at the foot of presentation mode: the keys to press, or, after N or P, a field to type
 * a note or a new priority into (Enter adds it, Escape puts it away).
 */
final class QuickEntry extends HBox {
    static final String KEYS = "←  →  previous / next     N  add a note     P  add a priority     "
            + "H  high contrast     Ctrl + / −  text size     Ctrl+Z  undo     Esc  leave";

    private final Label keys = new Label(KEYS);
    private final Label prompt = new Label();
    private final TextField field = new TextField();
    private final Button add = new Button("Add");
    private final Button cancel = new Button("Cancel");
    private Predicate<String> onAdd = text -> false;

    QuickEntry() {
        super(12);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("quick-entry");
        keys.getStyleClass().add("quick-keys");
        keys.setWrapText(true);
        prompt.getStyleClass().add("quick-prompt");
        prompt.setMinWidth(Label.USE_PREF_SIZE);
        prompt.setLabelFor(field);
        field.setId("quickEntryField");
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox.setHgrow(keys, Priority.ALWAYS);
        add.setDefaultButton(false);
        add.setOnAction(e -> submit());
        cancel.setOnAction(e -> close());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                submit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        close();
    }

    /** Shows the field with {@code promptText}; {@code action} gets the text and says whether it was taken. */
    void open(String promptText, String placeholder, Predicate<String> action) {
        onAdd = action;
        prompt.setText(promptText);
        field.setPromptText(placeholder);
        field.clear();
        getChildren().setAll(prompt, field, add, cancel);
        field.requestFocus();
    }

    boolean isOpen() {
        return getChildren().contains(field);
    }

    void close() {
        field.clear();
        getChildren().setAll(keys);
    }

    private void submit() {
        if (onAdd.test(field.getText())) {
            close();
        }
    }
}
