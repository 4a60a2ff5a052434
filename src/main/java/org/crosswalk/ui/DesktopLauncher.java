package org.crosswalk.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX application with its services (JavaFX creates the Application itself). */
public final class DesktopLauncher {
    private static volatile UiServices services;
    private static volatile Optional<Path> initialFile = Optional.empty();

    private DesktopLauncher() {
    }

    public static void launch(UiServices uiServices, Optional<Path> file) {
        services = uiServices;
        initialFile = file;
        Application.launch(CrosswalkApplication.class);
    }

    /** Builds and shows the main window on {@code stage}, then opens the start-up workspace. */
    public static MainWindow show(Stage stage, UiServices uiServices, TaskRunner tasks, Optional<Path> file) {
        MainWindow window = new MainWindow(stage, uiServices, tasks);
        stage.show();
        window.files().startup(file);
        return window;
    }

    /** The JavaFX application class. */
    public static final class CrosswalkApplication extends Application {
        @Override
        public void start(Stage stage) {
            MainWindow window = show(stage, services, new BackgroundTaskRunner(), initialFile);
            if (Boolean.getBoolean("crosswalk.benchmark")) {
                reportFirstFrameWithContent(window);
            }
        }
    }

    /**
     * For scripts/benchmark-startup.sh: once the workspace is shown and a frame drawn, print the
     * time since the JVM started and the heap in use, then quit.
     */
    private static void reportFirstFrameWithContent(MainWindow window) {
        window.session().contentProperty().addListener((o, old, now) -> {
            if (now == null) {
                return;
            }
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long time) {
                    if (++frames < 2) {
                        return;
                    }
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.gc();
                    Runtime runtime = Runtime.getRuntime();
                    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                    System.out.println("CROSSWALK_FIRST_FRAME_MS=" + ms);
                    System.out.println("CROSSWALK_HEAP_USED_MB=" + usedMb);
                    Platform.exit();
                }
            }.start();
        });
    }
}
