package org.crosswalk.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first reaches a control rather than when the control is built.
 * A {@link Tooltip} is a small popup window: making one for every button and every tree row
 * while the main window opens took a noticeable part of start-up, for tips most rows never show.
 */
public final class Tips {
    private static final String TEXT = "crosswalk.tip.text";

    private Tips() {
    }

    /**
     * Gives {@code control} the tip {@code text} (none when null or blank). Safe to call again with
     * new text, as table and tree cells do whenever they show another row.
     */
    public static <C extends Control> C set(C control, String text) {
        String tip = text == null || text.isBlank() ? null : text;
        if (!control.getProperties().containsKey(TEXT)) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> install(control));
            // A cell can move under a pointer that does not move in or out (scrolling, a reload).
            control.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
                if (control.getTooltip() == null) {
                    install(control);
                }
            });
        }
        control.getProperties().put(TEXT, tip == null ? "" : tip);
        if (control.getTooltip() != null) {
            install(control);
        }
        return control;
    }

    /** The tip {@code control} shows or will show on hover; empty when none. */
    public static String text(Control control) {
        Object tip = control.getProperties().get(TEXT);
        return tip == null ? (control.getTooltip() == null ? "" : control.getTooltip().getText()) : tip.toString();
    }

    private static void install(Control control) {
        String tip = text(control);
        if (tip.isEmpty()) {
            control.setTooltip(null);
        } else if (control.getTooltip() == null) {
            control.setTooltip(new Tooltip(tip));
        } else {
            control.getTooltip().setText(tip);
        }
    }
}
