package org.crosswalk.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Crosswalk icon in the sizes window managers ask for (title bar, task bar, Alt+Tab), the
 * same pictures the installers use. Decoding five PNGs takes tens of milliseconds when the app has
 * just started, so they are read on their own thread once the first frame is up.
 */
public final class WindowIcons {
    private static final Logger LOG = LoggerFactory.getLogger(WindowIcons.class);
    static final int[] SIZES = {16, 32, 48, 64, 256};

    private WindowIcons() {
    }

    /** Reads the icons on a background thread, then gives them to {@code stage} on the JavaFX thread. */
    public static void applyInBackground(Stage stage) {
        Thread reader = new Thread(() -> {
            List<Image> icons = read();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "crosswalk-icons");
        reader.setDaemon(true);
        reader.start();
    }

    /** The icons, smallest first (any thread; a size missing from the build is logged and left out). */
    static List<Image> read() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            String name = "/icons/crosswalk-" + size + ".png";
            try (InputStream in = WindowIcons.class.getResourceAsStream(name)) {
                if (in == null) {
                    LOG.warn("The window icon {} is missing from the build", name);
                    continue;
                }
                icons.add(new Image(in));
            } catch (java.io.IOException e) {
                LOG.warn("Could not read the window icon {}", name, e);
            }
        }
        return icons;
    }
}
