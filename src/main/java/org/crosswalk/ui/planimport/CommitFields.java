package org.crosswalk.ui.planimport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text fields of the review that show a value of the plan and hand a change back as one
 * correction: when Enter is pressed (one-line fields), when the field is left, or before a
 * button acts. Escape puts the value back. While a field holds typing not yet handed back,
 * Ctrl+Z undoes the typing; otherwise it undoes the last correction.
 */
final class CommitFields {
    private record Binding(Supplier<String> value, Consumer<String> commit) {
    }

    private final Map<TextInputControl, Binding> fields = new LinkedHashMap<>();

    /** {@code value} is read again by {@link #refresh()}; {@code commit} receives changed text only. */
    void add(TextInputControl field, Supplier<String> value, Consumer<String> commit) {
        fields.put(field, new Binding(value, commit));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(field);
            }
        });
        if (field instanceof TextField line) {
            line.setOnAction(e -> commit(field));
        }
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isDirty(field)) {
                show(field);
                e.consume();
            }
        });
        show(field);
    }

    /** Shows the current values (after a correction, an undo or another selection). */
    void refresh() {
        fields.keySet().forEach(this::show);
    }

    /** Hands back whatever was typed and not yet handed back. */
    void commitAll() {
        fields.keySet().forEach(this::commit);
    }

    /** Whether {@code node} is one of these fields holding typing not yet handed back. */
    boolean isDirty(Node node) {
        return node instanceof TextInputControl field && fields.containsKey(field)
                && !Objects.equals(field.getText(), current(field));
    }

    private void commit(TextInputControl field) {
        if (isDirty(field) && !field.isDisabled()) {
            fields.get(field).commit().accept(field.getText());
        }
        show(field);
    }

    private void show(TextInputControl field) {
        String value = current(field);
        if (!Objects.equals(field.getText(), value)) {
            field.setText(value);
        }
    }

    private String current(TextInputControl field) {
        String value = fields.get(field).value().get();
        return value == null ? "" : value;
    }
}
