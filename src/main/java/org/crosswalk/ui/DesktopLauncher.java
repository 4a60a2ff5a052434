package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
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

    static UiServices services() {
        return services;
    }

    static Optional<Path> initialFile() {
        return initialFile;
    }

    /** The JavaFX application class. */
    public static final class CrosswalkApplication extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Crosswalk");
            stage.show();
        }
    }
}
