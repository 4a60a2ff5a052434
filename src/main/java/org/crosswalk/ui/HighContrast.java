package org.crosswalk.ui;

import java.net.URL;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.settings.Preferences;

/**
 * View > High Contrast, remembered between sessions: the main window and every window it opens
 * (dialogs too; not presentation mode, which has its own) get JavaFX's own black-on-white style sheet
 * (bold text, black borders, the one Windows uses in its high-contrast mode) under Crosswalk's, whose
 * {@code .high-contrast} rules turn its greys and tints black and white.
 */
public final class HighContrast {
    /** JavaFX's high-contrast sheet for its controls (in javafx-controls, beside its default one). */
    private static final URL JAVAFX_SHEET =
            Scene.class.getResource("/com/sun/javafx/scene/control/skin/modena/blackOnWhite.css");
    private static boolean watchingWindows;
    private final BooleanProperty on = new SimpleBooleanProperty();

    public HighContrast(Preferences preferences) {
        on.set(preferences.highContrast());
        on.addListener((o, was, now) -> preferences.setHighContrast(now));
    }

    public BooleanProperty onProperty() {
        return on;
    }

    /**
     * Keeps {@code main} (its scene set) and the windows it owns in high contrast while it is on. The
     * stage remembers this as its current setting: a stage reused for a new main window (tests) follows
     * the newest one.
     */
    public void follow(Stage main) {
        main.getProperties().put(HighContrast.class, this);
        watchNewWindows();
        apply(main.getScene(), on.get());
        on.addListener((o, was, now) -> {
            if (main.getProperties().get(HighContrast.class) == this) {
                apply(main.getScene(), now);
                Window.getWindows().forEach(window -> applyIfOwned(window, main, now));
            }
        });
    }

    /** Once per application: a window that opens takes its owner's setting. */
    private static void watchNewWindows() {
        if (watchingWindows) {
            return;
        }
        watchingWindows = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage stage && stage.getOwner() instanceof Stage owner
                            && owner.getProperties().get(HighContrast.class) instanceof HighContrast contrast) {
                        applyIfOwned(stage, owner, contrast.on.get());
                    }
                }
            }
        });
    }

    private static void applyIfOwned(Window window, Stage main, boolean highContrast) {
        if (window instanceof Stage stage && stage.getOwner() == main && stage.getScene() != null
                && !stage.getScene().getRoot().getStyleClass().contains("presentation")) {
            apply(stage.getScene(), highContrast);
        }
    }

    private static void apply(Scene scene, boolean highContrast) {
        if (scene == null) {
            return;
        }
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
