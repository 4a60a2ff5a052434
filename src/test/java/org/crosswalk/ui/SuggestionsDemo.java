package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.crosswalk.ui.priorities.OutlineRef;

/**
 * For looking at the suggestions on a real display (not run by the tests): the main window at the
 * size given (default 1280×720) on the sample without its smoking links, "Reduce smoking
 * prevalence" selected and the Suggestions tab shown. Run it under Xvfb with
 * ../shared/tools/screenshot; the class path is the test class path.
 */
public final class SuggestionsDemo {
    private static List<String> demoArgs = List.of();

    private SuggestionsDemo() {
    }

    /** Arguments: [width height]. */
    public static void main(String[] args) {
        demoArgs = List.of(args);
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
        Path data = Files.createTempDirectory("crosswalk-suggestions-demo");
        UiServices services = TestServices.in(data);
        Path file = SmokingSample.create(services, services.paths().documentsDir().resolve("Smoking unlinked.crosswalk"));
        MainWindow window = DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.of(file));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(demoArgs.size() >= 2 ? Double.parseDouble(demoArgs.get(0)) : 1280);
        stage.setHeight(demoArgs.size() >= 2 ? Double.parseDouble(demoArgs.get(1)) : 720);
        window.session().contentProperty().addListener((o, old, now) -> {
            if (old == null && now != null) {
                Platform.runLater(() -> selectSmoking(window));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void selectSmoking(MainWindow window) {
        TreeView<OutlineRef> tree = (TreeView<OutlineRef>) window.scene().lookup("#prioritiesTree");
        OutlineRef smoking = OutlineRef.priority(SmokingSample.smoking(window.session().content()).id());
        select(tree, tree.getRoot(), smoking);
        ((TabPane) window.scene().lookup(".side-tabs")).getSelectionModel().select(1);
        window.scene().lookup("#suggestionList").requestFocus();
    }

    private static void select(TreeView<OutlineRef> tree, TreeItem<OutlineRef> node, OutlineRef wanted) {
        if (wanted.equals(node.getValue())) {
            tree.getSelectionModel().select(node);
        }
        node.getChildren().forEach(child -> select(tree, child, wanted));
    }
}
