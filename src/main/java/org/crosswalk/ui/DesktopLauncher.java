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
    private static volatile StartupWorkspace startup;

    private DesktopLauncher() {
    }

    public static void launch(UiServices uiServices, Optional<Path> file) {
        services = uiServices;
        // Open the workspace while JavaFX starts and the window is built.
        startup = StartupWorkspace.begin(uiServices, file);
        Application.launch(CrosswalkApplication.class);
    }

    /** Builds and shows the main window on {@code stage}, then opens the start-up workspace. */
    public static MainWindow show(Stage stage, UiServices uiServices, TaskRunner tasks, Optional<Path> file) {
        return show(stage, uiServices, tasks, StartupWorkspace.begin(uiServices, file), null);
    }

    static MainWindow show(Stage stage, UiServices uiServices, TaskRunner tasks, StartupWorkspace start,
                           javafx.application.HostServices host) {
        MainWindow window = new MainWindow(stage, uiServices, tasks, host);
        phase("window-built");
        stage.show();
        window.files().startup(start);
        return window;
    }

    /** The JavaFX application class. */
    public static final class CrosswalkApplication extends Application {
        @Override
        public void start(Stage stage) {
            phase("fx-start");
            MainWindow window = show(stage, services, new BackgroundTaskRunner(), startup, getHostServices());
            phase("window-shown");
            Splash.closeAfterFirstFrame();
            Platform.runLater(() -> WindowIcons.apply(stage));
            if (Boolean.getBoolean("crosswalk.benchmark")) {
                window.session().contentProperty().addListener((o, old, now) -> phase("content-arrived"));
                reportFirstFrameWithContent(window);
            }
        }
    }

    /** In benchmark mode, prints how long after JVM start a phase of start-up was reached. */
    public static void phase(String name) {
        if (Boolean.getBoolean("crosswalk.benchmark")) {
            System.out.println("CROSSWALK_PHASE_" + name + "="
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    /**
     * For scripts/benchmark-startup.sh: once the workspace is shown and a frame drawn, print the
     * time since the JVM started, the moment itself (ms since 1970, so the script can count from
     * the launch) and the heap in use, then quit.
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
                    long at = System.currentTimeMillis();
                    long ms = at - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.gc();
                    Runtime runtime = Runtime.getRuntime();
                    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                    System.out.println("CROSSWALK_FIRST_FRAME_MS=" + ms);
                    System.out.println("CROSSWALK_FIRST_FRAME_AT=" + at);
                    System.out.println("CROSSWALK_HEAP_USED_MB=" + usedMb);
                    Platform.exit();
                }
            }.start();
        });
    }
}
