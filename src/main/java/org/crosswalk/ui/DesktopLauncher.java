package org.crosswalk.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/** Starts the JavaFX application with its services (JavaFX creates the Application itself). */
public final class DesktopLauncher {
    private static volatile CompletableFuture<Prepared> prepared;
    /** How long the window may wait, behind the splash, for the start-up workspace. */
    private static final Duration LONGEST_WAIT = Duration.seconds(1);

    private DesktopLauncher() {
    }

    /** The services, and the start-up workspace being opened with them. */
    private record Prepared(UiServices services, StartupWorkspace startup) {
    }

    /**
     * Starts JavaFX at once and, on another thread meanwhile, makes the services and starts opening
     * the workspace: the window is built as soon as both JavaFX and the services are ready.
     */
    public static void launch(Supplier<UiServices> services, Optional<Path> file) {
        CompletableFuture<Prepared> preparing = new CompletableFuture<>();
        Thread preparer = new Thread(() -> {
            try {
                UiServices made = services.get();
                phase("services-ready");
                preparing.complete(new Prepared(made, StartupWorkspace.begin(made, file)));
            } catch (RuntimeException | Error e) {
                preparing.completeExceptionally(e);
            }
        }, "crosswalk-startup");
        preparer.setDaemon(true);
        prepared = preparing;
        preparer.start();
        Application.launch(CrosswalkApplication.class);
    }

    /**
     * Builds the main window on {@code stage}, opens the start-up workspace and shows the window once
     * that workspace is in it (see {@link #showOnceOpened}); the stage is not showing yet on return.
     */
    public static MainWindow show(Stage stage, UiServices uiServices, TaskRunner tasks, Optional<Path> file) {
        return show(stage, uiServices, tasks, StartupWorkspace.begin(uiServices, file), null);
    }

    static MainWindow show(Stage stage, UiServices uiServices, TaskRunner tasks, StartupWorkspace start,
                           javafx.application.HostServices host) {
        MainWindow window = new MainWindow(stage, uiServices, tasks, host);
        phase("window-built");
        window.files().startup(start);
        showOnceOpened(stage, window.session());
        return window;
    }

    /**
     * Shows the window once the start-up workspace is in it, so it is styled and laid out once, with
     * its content, instead of shown empty and laid out again when the content arrives. The splash
     * stays up meanwhile. A problem (a damaged file, say) shows the window before its message; an
     * opening slower than {@link #LONGEST_WAIT} shows the window with "Opening…" in the status bar.
     */
    private static void showOnceOpened(Stage stage, WorkspaceSession session) {
        if (!session.busyProperty().get()) {
            stage.show();
            return;
        }
        PauseTransition patience = new PauseTransition(LONGEST_WAIT);
        ChangeListener<Boolean> opened = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> busy, Boolean was, Boolean now) {
                if (!now) {
                    session.busyProperty().removeListener(this);
                    patience.stop();
                    stage.show();
                }
            }
        };
        patience.setOnFinished(e -> {
            session.busyProperty().removeListener(opened);
            stage.show();
        });
        session.busyProperty().addListener(opened);
        patience.play();
    }

    /** The JavaFX application class. */
    public static final class CrosswalkApplication extends Application {
        @Override
        public void start(Stage stage) {
            phase("fx-start");
            FontWarmUp.start();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
                phase("window-shown");
                Splash.closeAfterFirstFrame();
                FirstFrame.afterNextFrame(() -> WindowIcons.applyInBackground(stage));
            });
            Prepared ready = prepared.join();
            MainWindow window = show(stage, ready.services(), new BackgroundTaskRunner(), ready.startup(),
                    getHostServices());
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

    /** Prints when the panes built after the first frame have been drawn too, then quits. */
    private static void exitOnceSettled(MainWindow window) {
        Runnable drawnThenExit = () -> FirstFrame.afterNextFrame(() -> {
            phase("settled");
            Platform.exit();
        });
        if (window.settledProperty().get()) {
            drawnThenExit.run();
        } else {
            window.settledProperty().addListener((o, was, now) -> drawnThenExit.run());
        }
    }

    /**
     * For scripts/benchmark-startup.sh: once the workspace is shown and its frame drawn, print the
     * time since the JVM started, the moment itself (ms since 1970, so the script can count from
     * the launch) and the heap in use, then quit.
     */
    private static void reportFirstFrameWithContent(MainWindow window) {
        window.session().contentProperty().addListener((o, old, now) -> {
            if (now == null) {
                return;
            }
            FirstFrame.afterNextFrame(() -> {
                FirstFrame.awaitDrawn();
                long at = System.currentTimeMillis();
                long ms = at - ManagementFactory.getRuntimeMXBean().getStartTime();
                // The JavaFX thread's own work until now: steadier than wall time on a busy machine.
                long fxCpuMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                System.out.println("CROSSWALK_FIRST_FRAME_MS=" + ms);
                System.out.println("CROSSWALK_FX_THREAD_CPU_MS=" + fxCpuMs);
                System.out.println("CROSSWALK_FIRST_FRAME_AT=" + at);
                System.out.println("CROSSWALK_HEAP_USED_MB=" + usedMb);
                exitOnceSettled(window);
            });
        });
    }
}
