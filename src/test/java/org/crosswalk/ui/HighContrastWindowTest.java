package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > High Contrast: the main window, and the windows it opens, go black on white at once, and
 * stay so next time.
 */
@ExtendWith(ApplicationExtension.class)
class HighContrastWindowTest {
    private Stage stage;
    private UiServices services;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TestServices.in(Files.createTempDirectory("crosswalk-contrast-test"));
        file = services.paths().documentsDir().resolve("Board.crosswalk");
        Files.createDirectories(file.getParent());
        services.sample().create(services.files(), file).close();
    }

    @Test
    void highContrastFromTheViewMenuIsBlackOnWhiteAndRemembered(FxRobot robot) throws Exception {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(WindowTests.show(stage, services, file, 1200, 780)));
        WindowTests.awaitContent(window.get(), content -> true);
        Color before = textColour(robot, "Mapping table");
        assertFalse(Color.BLACK.equals(before), "the usual look is dark grey text: " + before);

        robot.clickOn("View").clickOn("High Contrast");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage.getScene().getRoot().getStyleClass().contains("high-contrast"));
        assertEquals(Color.BLACK, textColour(robot, "Mapping table"), "headings in black");
        assertEquals(Color.BLACK, ((Label) robot.lookup("#statusMessage").query()).getTextFill(), "status in black");
        assertTrue(services.preferences().highContrast(), "remembered");
        Snapshots.save(robot, stage, "main-window-high-contrast");

        // The windows it opens follow: a message, and the Progress window while it is open.
        robot.clickOn("Help").clickOn("About Crosswalk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ownedWindow(robot, "About Crosswalk") != null);
        Stage about = ownedWindow(robot, "About Crosswalk");
        assertTrue(isHighContrast(about), "the About message in high contrast");
        robot.interact(about::close);
        robot.clickOn("View").clickOn("Progress…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ownedWindow(robot, null) != null);
        Stage progress = ownedWindow(robot, null);
        assertTrue(isHighContrast(progress), "the Progress window in high contrast: " + progress.getTitle());
        Snapshots.save(robot, progress, "progress-window-high-contrast");
        robot.interact(stage::toFront);
        robot.clickOn("View").clickOn("High Contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(isHighContrast(progress), "and back to the usual look with the main window");
        robot.interact(progress::close);
        robot.clickOn("View").clickOn("High Contrast");
        WaitForAsyncUtils.waitForFxEvents();

        // Next start: the window opens in high contrast; switching it off brings the usual look back.
        robot.interact(() -> window.get().session().close());
        robot.interact(() -> window.set(WindowTests.show(stage, services, file, 1200, 780)));
        WindowTests.awaitContent(window.get(), content -> true);
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("high-contrast"), "on again at the next start");
        robot.clickOn("View").clickOn("High Contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, textColour(robot, "Mapping table"));
        assertFalse(services.preferences().highContrast());
    }

    /** A showing window the main window owns, by title (any when {@code title} is null). */
    private Stage ownedWindow(FxRobot robot, String title) {
        return robot.listWindows().stream()
                .filter(window -> window instanceof Stage owned && owned.isShowing() && owned.getOwner() == stage
                        && (title == null || title.equals(owned.getTitle())))
                .map(window -> (Stage) window).findFirst().orElse(null);
    }

    private static boolean isHighContrast(Stage window) {
        return window.getScene().getRoot().getStyleClass().contains("high-contrast")
                && window.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("blackOnWhite.css"));
    }

    private static Color textColour(FxRobot robot, String labelText) {
        Paint fill = robot.lookup(labelText).queryLabeled().getTextFill();
        return (Color) fill;
    }
}
