package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.crosswalk.ui.tableimport.TableImportAction;
import org.crosswalk.ui.tableimport.TableImportWindow;

/**
 * For looking at File > Import Mapping Table on a real display (not run by the tests): the main
 * window at 1280×720 on a new workspace with the built-in plan and a second plan, then the preview
 * of the small Word paper of {@link MappingTableSample}. Run it under Xvfb with
 * ../shared/tools/screenshot; the class path is the test class path.
 */
public final class TableImportDemo {
    private TableImportDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The JavaFX application (a class of its own, so the launcher does not insist on the module path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path data = Files.createTempDirectory("crosswalk-table-import-demo");
            UiServices services = TestServices.in(data);
            Path file = MappingTableSample.workspace(services, data.resolve("workspaces/Board.crosswalk"), true);
            Path paper = MappingTableSample.word(data.resolve("HIB paper.docx"));
            MainWindow window = DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.of(file));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
            String css = MainWindow.class.getResource("/css/crosswalk.css").toExternalForm();
            window.session().contentProperty().addListener((o, old, now) -> {
                if (old == null && now != null) {
                    Platform.runLater(() -> new TableImportAction(window.session(), new ScriptedDialogs(),
                            model -> new TableImportWindow(stage, model, css).show()).read(paper));
                }
            });
        }
    }
}
