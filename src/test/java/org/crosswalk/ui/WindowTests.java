package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.crosswalk.model.WorkspaceContent;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests of the suggestions do again and again. */
final class WindowTests {
    private WindowTests() {
    }

    /** The main window on {@code file}, in a stage of its own at the top left, {@code width}×{@code height}. */
    static MainWindow show(Stage stage, UiServices services, Path file, double width, double height) {
        MainWindow window = DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.of(file));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        return window;
    }

    /**
     * Waits until the window shows content that meets {@code condition}, with the panes built after
     * the first frame (the plan browser) in place, and returns it.
     */
    static WorkspaceContent awaitContent(MainWindow window, Predicate<WorkspaceContent> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WorkspaceContent now = window.session().content();
            return now != null && condition.test(now) && window.settledProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.session().content();
    }

    /** Clicks the row of the priorities tree whose text starts so (at its text: cells can be wider than the tree). */
    static void clickPriority(FxRobot robot, String startOfText) {
        Node cell = robot.lookup("#prioritiesTree").lookup((Node node) -> node instanceof TreeCell<?> tree
                && tree.isVisible() && tree.getTreeItem() != null && tree.getText() != null
                && tree.getText().startsWith(startOfText)).query();
        robot.moveTo(cell, Pos.CENTER_LEFT, new Point2D(40, 0), Motion.DEFAULT).clickOn();
    }
}
