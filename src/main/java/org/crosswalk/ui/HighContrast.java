package org.crosswalk.ui;

import java.net.URL;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import org.crosswalk.settings.Preferences;

/**
 * View > High Contrast for the main window, remembered between sessions: JavaFX's own black-on-white
 * style sheet (bold text, black borders, the one Windows uses in its high-contrast mode) under
 * Crosswalk's, whose {@code .high-contrast} rules turn its greys and tints black and white.
 */
public final class HighContrast {
    /** JavaFX's high-contrast sheet for its controls (in javafx-controls, beside its default one). */
    private static final URL JAVAFX_SHEET =
            Scene.class.getResource("/com/sun/javafx/scene/control/skin/modena/blackOnWhite.css");
    private final BooleanProperty on = new SimpleBooleanProperty();

    public HighContrast(Preferences preferences) {
        on.set(preferences.highContrast());
        on.addListener((o, was, now) -> preferences.setHighContrast(now));
    }

    public BooleanProperty onProperty() {
        return on;
    }

    /** Keeps {@code scene} in high contrast while it is on (its root gets the style class). */
    public void follow(Scene scene) {
        apply(scene, on.get());
        on.addListener((o, was, now) -> apply(scene, now));
    }

    private static void apply(Scene scene, boolean highContrast) {
        if (highContrast) {
            if (!scene.getRoot().getStyleClass().contains("high-contrast")) {
                scene.getRoot().getStyleClass().add("high-contrast");
            }
            // First, so that Crosswalk's own sheet, after it, has the last word.
            if (JAVAFX_SHEET != null && !scene.getStylesheets().contains(JAVAFX_SHEET.toExternalForm())) {
                scene.getStylesheets().add(0, JAVAFX_SHEET.toExternalForm());
            }
        } else {
            scene.getRoot().getStyleClass().remove("high-contrast");
            if (JAVAFX_SHEET != null) {
                scene.getStylesheets().remove(JAVAFX_SHEET.toExternalForm());
            }
        }
    }
}
