package org.crosswalk.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * The baseline of scripts/benchmark-startup.sh: the smallest JavaFX window (one label), started
 * the way Crosswalk starts (a plain main class, JavaFX on the class path).
 *
 * <p>Benchmark contract, shared with the real app: with {@code -Dcrosswalk.benchmark=true}, once
 * the first frame is shown, print {@code CROSSWALK_FIRST_FRAME_MS=<ms since JVM start>} and
 * {@code CROSSWALK_FIRST_FRAME_AT=<the same moment, ms since 1970>} (the script subtracts the moment
 * it launched the program, so launcher and JVM start-up count too) and
 * {@code CROSSWALK_HEAP_USED_MB=<heap used after System.gc()>} and exit.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The JavaFX application (not the main class: the java launcher refuses that on the class path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1200, 800));
            stage.show();
            if (Boolean.getBoolean("crosswalk.benchmark")) {
                reportFirstFrame();
            }
        }
    }

    /**
     * Reports once the first frame is drawn: at the second pulse after {@code show()}, after waiting
     * for the render thread to finish the first (the same rule as the app's ui.DesktopLauncher).
     */
    static void reportFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                // Wait until the first frame is painted, as the app does (ui.FirstFrame.awaitDrawn):
                // the render thread draws this one-pixel snapshot after it.
                new Rectangle(1, 1).snapshot(null, null);
                long at = System.currentTimeMillis();
                long firstFrame = at - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                System.out.println("CROSSWALK_FIRST_FRAME_MS=" + firstFrame);
                System.out.println("CROSSWALK_FIRST_FRAME_AT=" + at);
                System.out.println("CROSSWALK_HEAP_USED_MB=" + usedMb);
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
}
