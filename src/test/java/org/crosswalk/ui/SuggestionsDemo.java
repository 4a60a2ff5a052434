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
 * prevalence" selected and the Suggestions tab shown; with "draft", the draft window over it, the
 * drafts scoring 10 or more checked. Run it under Xvfb with ../shared/tools/screenshot; the class
 * path is the test class path.
 */
public final class SuggestionsDemo {
    private static List<String> demoArgs = List.of();

    private SuggestionsDemo() {
    }

    /** Arguments: [width height [draft | none (no priority selected)]]. */
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
                Platform.runLater(() -> {
                    selectSmoking(window);
                    if (demoArgs.contains("draft")) {
                        openDrafts(window);
                    }
                });
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void selectSmoking(MainWindow window) {
        TreeView<OutlineRef> tree = (TreeView<OutlineRef>) window.scene().lookup("#prioritiesTree");
        OutlineRef smoking = OutlineRef.priority(SmokingSample.smoking(window.session().content()).id());
        if (!demoArgs.contains("none")) {
            select(tree, tree.getRoot(), smoking);
        }
        ((TabPane) window.scene().lookup(".side-tabs")).getSelectionModel().select(1);
        window.scene().lookup("#suggestionList").requestFocus();
    }

    private static void openDrafts(MainWindow window) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar)
                ((javafx.scene.layout.BorderPane) window.scene().getRoot()).getTop();
        bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().startsWith("Dr_aft")).findFirst().orElseThrow().fire();
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        later.setOnFinished(e -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene().lookup("#draftList") != null).findFirst().ifPresent(w -> {
                    w.setX(120);
                    w.setY(30);
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.Spinner<Double> minimum =
                            (javafx.scene.control.Spinner<Double>) w.getScene().lookup("#minimumScore");
                    minimum.getValueFactory().setValue(10.0);
                    ((javafx.scene.control.Button) w.getScene().lookup("#checkAtLeast")).fire();
                }));
        later.play();
    }

    private static void select(TreeView<OutlineRef> tree, TreeItem<OutlineRef> node, OutlineRef wanted) {
        if (wanted.equals(node.getValue())) {
            tree.getSelectionModel().select(node);
        }
        node.getChildren().forEach(child -> select(tree, child, wanted));
    }
}
