package org.crosswalk.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Loads the window's fonts on a background thread while the JavaFX thread builds the window. The
 * first font asked for makes JavaFX read the system's font configuration and open the font files,
 * about 0.1 s at start; done here, it overlaps the building instead of following it.
 */
final class FontWarmUp {
    private FontWarmUp() {
    }

    /** Starts loading the default font and its bold face (call once JavaFX has started). */
    static void start() {
        Thread loader = new Thread(() -> {
            // Font.getDefault() is synchronized: the JavaFX thread asking meanwhile waits for this one.
            Font regular = Font.getDefault();
            Font.font(regular.getFamily(), FontWeight.BOLD, regular.getSize());
        }, "crosswalk-fonts");
        loader.setDaemon(true);
        loader.start();
    }
}
