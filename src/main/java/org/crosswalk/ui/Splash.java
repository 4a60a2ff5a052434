package org.crosswalk.ui;

import java.awt.GraphicsEnvironment;
import java.awt.SplashScreen;

/**
 * The start-up picture ("Opening your workspace…") that the java launcher shows within a moment
 * of launch, from the jar's {@code SplashScreen-Image} or the installers' {@code -splash:} option,
 * while the JVM and JavaFX start. It is not a JavaFX window, so nothing closes it by itself: we
 * close it once the main window has drawn its first frame.
 */
final class Splash {
    private Splash() {
    }

    /** Closes the splash picture after the next frame is drawn (call on the JavaFX thread after show). */
    static void closeAfterFirstFrame() {
        FirstFrame.afterNextFrame(Splash::close);
    }

    /** Closes the splash picture if the launcher showed one; does nothing otherwise. */
    static void close() {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (IllegalStateException | UnsupportedOperationException alreadyClosed) {
            // Closed meanwhile, or no splash support in this runtime: nothing to do.
        }
    }
}
