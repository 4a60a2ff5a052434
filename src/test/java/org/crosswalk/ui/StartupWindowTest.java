package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.store.WorkspaceProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at start: it appears once, already showing its workspace; a damaged file is still
 * refused; with nothing to open it offers the sample.
 */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    private Stage stage;
    private UiServices services;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TestServices.in(Files.createTempDirectory("crosswalk-startup-test"));
    }

    @Test
    void theWindowAppearsWithTheWorkspaceAlreadyInIt(FxRobot robot) throws Exception {
        Path file = services.paths().documentsDir().resolve("Board.crosswalk");
        Files.createDirectories(file.getParent());
        services.sample().create(services.files(), file).close();
        AtomicReference<String> statusWhenShown = new AtomicReference<>();
        AtomicReference<Integer> themesWhenShown = new AtomicReference<>();
        stage.showingProperty().addListener((o, was, showing) -> {
            if (showing && statusWhenShown.get() == null) {
                statusWhenShown.set(((Label) stage.getScene().lookup("#statusMessage")).getText());
                themesWhenShown.set(((TreeView<?>) stage.getScene().lookup("#prioritiesTree")).getRoot()
                        .getChildren().size());
            }
        });

        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(DesktopLauncher.show(stage, services, new BackgroundTaskRunner(),
                Optional.of(file))));

        WindowTests.awaitContent(window.get(), content -> true);
        assertEquals("Opened Board.crosswalk", statusWhenShown.get(), "not an empty window that fills in later");
        assertEquals(3, themesWhenShown.get(), "the sample's three themes are in the tree from the first frame");
        assertTrue(robot.lookup("#planOutline").tryQuery().isPresent(), "the plan browser is in its tab once settled");
    }

    @Test
    void aSlowOpeningShowsTheWindowAfterOneSecondSayingSoThenFillsIt(FxRobot robot) throws Exception {
        Path file = services.paths().documentsDir().resolve("On a slow drive.crosswalk");
        Files.createDirectories(file.getParent());
        services.sample().create(services.files(), file).close();
        java.util.concurrent.CompletableFuture<org.crosswalk.store.Workspace> slow =
                new java.util.concurrent.CompletableFuture<>();

        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(DesktopLauncher.show(stage, services, new BackgroundTaskRunner(),
                StartupWorkspace.openingElsewhere(file, slow), null)));
        long asked = System.nanoTime();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isShowing);
        long waitedMs = (System.nanoTime() - asked) / 1_000_000;
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(waitedMs >= 500, "the window waits a moment for the workspace first (" + waitedMs + " ms)");
        assertEquals("Opening On a slow drive.crosswalk…", ((Label) robot.lookup("#statusMessage").query()).getText(),
                "the window says what it is waiting for");
        assertFalse(robot.lookup(".empty-state").tryQuery().map(Node::isVisible).orElse(false),
                "not 'No workspace is open' while it is opening");

        slow.complete(services.files().open(file, false));
        WindowTests.awaitContent(window.get(), content -> !content.priorities().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Opened On a slow drive.crosswalk", ((Label) robot.lookup("#statusMessage").query()).getText());
        assertEquals(3, ((TreeView<?>) robot.lookup("#prioritiesTree").query()).getRoot().getChildren().size());
    }

    @Test
    void aDamagedFileIsStillRefusedWithItsMessageOverTheWindow(FxRobot robot) throws Exception {
        Path file = services.paths().documentsDir().resolve("Damaged.crosswalk");
        Files.createDirectories(file.getParent());
        Files.write(file, "SQLite format 3\0 but nothing of a workspace after it".getBytes());
        String message = assertThrows(WorkspaceProblem.class, () -> services.files().open(file, false)).getMessage();

        robot.interact(() -> DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.of(file)));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problemDialog(robot, message) != null);
        assertTrue(stage.isShowing(), "the main window is there behind the message");
        Window dialog = problemDialog(robot, message);
        assertNotNull(dialog);
        robot.clickOn(robot.lookup((Button button) -> "OK".equals(button.getText())).queryButton());
        assertEquals("Could not open the workspace", ((Label) robot.lookup("#statusMessage").query()).getText());
        assertTrue(robot.lookup(".empty-state").tryQuery().map(Node::isVisible).orElse(false),
                "the window offers what to do next");
    }

    @Test
    void whenTheLastWorkspaceIsGoneTheWindowOffersTheSampleAndOpensIt(FxRobot robot) throws Exception {
        Path gone = services.paths().documentsDir().resolve("Moved away.crosswalk");
        services.preferences().addRecentFile(gone);

        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(DesktopLauncher.show(stage, services, new BackgroundTaskRunner(),
                Optional.empty())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup(".empty-state").query().isVisible(), "the page says no workspace is open");
        assertTrue(robot.lookup("No workspace is open").tryQuery().isPresent());
        assertTrue(((Label) robot.lookup("#statusMessage").query()).getText().contains("Moved away.crosswalk"),
                "the status line says which workspace was not found");
        robot.clickOn("Open the sample (Oxfordshire HIB, 2019)");
        WindowTests.awaitContent(window.get(), content -> !content.priorities().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".empty-state").query().isVisible(), "the page gives way to the workspace");
        assertEquals(3, ((TreeView<?>) robot.lookup("#prioritiesTree").query()).getRoot().getChildren().size());
    }

    @Test
    void whenTheSampleCannotBeWrittenTheMessageSaysWhichFolder(FxRobot robot) throws Exception {
        // First run, and the documents folder cannot be made: a file stands where it should be.
        Files.writeString(services.paths().documentsDir(), "not a folder");

        robot.interact(() -> DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.empty()));

        String message = "Crosswalk could not create “" + org.crosswalk.plans.catalogue.SampleWorkspace.FILE_NAME
                + "” because it could not make the folder " + services.paths().documentsDir();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problemDialog(robot, message) != null);
        double dialogWidth = problemDialog(robot, message).getWidth();
        assertTrue(dialogWidth < 800, "the long message wraps inside a dialog that fits the screen: " + dialogWidth);
        robot.clickOn(robot.lookup((Button button) -> "OK".equals(button.getText())).queryButton());
        assertTrue(robot.lookup(".empty-state").query().isVisible(), "the window still offers what to do next");
    }

    /** The dialog window showing {@code message} (followed by where the log files are), or null. */
    private static Window problemDialog(FxRobot robot, String message) {
        return robot.listWindows().stream()
                .filter(window -> window.isShowing() && window.getScene() != null)
                .filter(window -> window.getScene().getRoot().lookupAll(".label").stream()
                        .anyMatch(node -> node instanceof Label label && label.getText() != null
                                && label.getText().startsWith(message)))
                .findFirst().orElse(null);
    }
}
