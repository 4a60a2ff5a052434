package org.crosswalk.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Crosswalk icon in the sizes window managers ask for (title bar, task bar, Alt+Tab), the
 * same pictures the installers use. Read after the first frame: nobody waits for an icon.
 */
public final class WindowIcons {
    private static final Logger LOG = LoggerFactory.getLogger(WindowIcons.class);
    static final int[] SIZES = {16, 32, 48, 64, 256};

    private WindowIcons() {
    }

    /** Gives {@code stage} the icons (nothing when they are missing from the build, which is logged). */
    public static void apply(Stage stage) {
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
        stage.getIcons().setAll(icons);
    }
}
