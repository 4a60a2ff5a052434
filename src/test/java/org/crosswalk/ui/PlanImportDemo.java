package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.settings.Preferences;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.ui.planimport.PlanImportWindow;

/**
 * For looking at the import window on a real display (not run by the tests): the main window on
 * the sample in a temporary folder, then the review of the hand-built plan with its PDF. Run it
 * under Xvfb with ../shared/tools/screenshot; the class path is the test class path.
 */
public final class PlanImportDemo {
    private PlanImportDemo() {
    }

    private static List<String> DEMO_ARGS = List.of();

    /** No argument: the hand-built plan and its PDF; a file: that file, read by the real readers. */
    public static void main(String[] args) {
        DEMO_ARGS = List.of(args);
        Application.launch(App.class, args);
    }

    /** The JavaFX application (a class of its own, so the launcher does not insist on the module path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            show(stage);
        }
    }

    private static void show(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("crosswalk-import-demo");
        AppPaths paths = new AppPaths(data, data.resolve("workspaces"));
        Preferences preferences = Preferences.load(paths.preferencesFile(), Runnable::run);
        PlanCatalogue catalogue = new PlanCatalogue();
        UiServices services = new UiServices("demo", paths, preferences,
                new WorkspaceFiles(() -> "Demo", Clock.systemUTC()), catalogue, new SampleWorkspace(catalogue),
                org.crosswalk.export.Exporters.standard());
        MainWindow window = DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.empty());
        List<String> args = DEMO_ARGS;
        Path pdf = args.isEmpty() ? SamplePdf.write(ImportSample.plan(), data.resolve("community-health-plan.pdf"))
                : Path.of(args.get(0));
        org.crosswalk.ui.planimport.PlanFileReader reader = args.isEmpty()
                ? (file, progress) -> ImportSample.plan() : org.crosswalk.plans.reading.PlanImport::read;
        String css = MainWindow.class.getResource("/css/crosswalk.css").toExternalForm();
        window.session().contentProperty().addListener((o, old, now) -> {
            if (old == null && now != null) {
                Platform.runLater(() -> new PlanImportWindow(stage, window.session(), pdf, reader, css,
                        paths.logDir()).show());
            }
        });
    }
}
