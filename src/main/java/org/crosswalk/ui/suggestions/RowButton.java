package org.crosswalk.ui.suggestions;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import org.crosswalk.ui.Tips;

/**
 * A button inside a list row (Accept, Dismiss, Suggest again), for the mouse: the list itself
 * takes the keyboard (Enter, Delete), so Tab does not wander through every row's buttons.
 */
final class RowButton extends Button {

    RowButton(String text, String tip, String spoken, ObservableBooleanValue enabled, Runnable action) {
        super(text);
        Tips.set(this, tip);
        setAccessibleText(spoken);
        setFocusTraversable(false);
        setMinWidth(USE_PREF_SIZE);
        disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        setOnAction(e -> action.run());
    }
}
