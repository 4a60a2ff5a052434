package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.suggestions.DraftRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit > Draft Links for All Priorities in the real main window, on the sample without the smoking
 * links: everything scoring above a number typed in is accepted in one go, and one Ctrl+Z takes
 * it all back.
 */
@ExtendWith(ApplicationExtension.class)
class DraftLinksWindowTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) throws Exception {
        UiServices services = TestServices.in(Files.createTempDirectory("crosswalk-drafts-test"));
        Path file = SmokingSample.create(services, services.paths().documentsDir().resolve("Smoking.crosswalk"));
        stage = new Stage();
        window = WindowTests.show(stage, services, file, 1280, 720);
    }

    /** The draft window, then the main window: the primary stage the other window tests share is left alone. */
    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage s && s.getOwner() == stage)
                    .forEach(Window::hide);
            stage.close();
        });
    }

    @Test
    void acceptEverythingAboveAScoreInOneUndoableStep(FxRobot robot) throws Exception {
        Priority smoking = SmokingSample.smoking(awaitContent(c -> true));
        // Edit > Draft Links for All Priorities… (Alt+E, A)
        MenuItem draft = editMenu().getItems().stream()
                .filter(i -> "Dr_aft Links for All Priorities…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(draft::fire);
        Stage drafts = draftWindow();
        ListView<DraftRow> list = draftList(drafts);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 6);
        assertEquals("5 drafts for 1 priority without links, best first under each.",
                robot.from(drafts.getScene().getRoot()).lookup("#draftStatus").queryLabeled().getText());

        List<DraftRow.Line> lines = list.getItems().stream().filter(r -> r instanceof DraftRow.Line)
                .map(r -> (DraftRow.Line) r).toList();
        String typed = String.format(Locale.ROOT, "%.1f", Math.floor(lines.get(2).paragraph().score() * 10) / 10);
        Set<UUID> expected = lines.stream().filter(l -> l.paragraph().score() >= Double.parseDouble(typed))
                .map(l -> l.paragraph().itemId()).collect(Collectors.toSet());
        robot.clickOn(robot.from(drafts.getScene().getRoot()).lookup("#minimumScore .text-field").queryTextInputControl());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(typed);
        robot.clickOn(robot.from(drafts.getScene().getRoot()).lookup("#checkAtLeast").queryButton());
        assertEquals(expected.size() + " of 5 checked",
                robot.from(drafts.getScene().getRoot()).lookup("#checkedCount").queryLabeled().getText());
        Snapshots.save(robot, drafts, "draft-links");

        robot.clickOn(robot.from(drafts.getScene().getRoot()).lookup("#acceptChecked").queryButton());
        WorkspaceContent accepted = awaitContent(c -> !c.linksOf(smoking.id()).isEmpty());
        assertEquals(expected, accepted.linksOf(smoking.id()).stream().map(Link::planItemId).collect(Collectors.toSet()));
        assertEquals("Accept " + expected.size() + " suggestions", window.session().undoDescriptionProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 1 + 5 - expected.size());
        assertTrue(robot.from(drafts.getScene().getRoot()).lookup("#draftMessage").queryLabeled().getText()
                .startsWith("Accepted " + expected.size() + " suggestions"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitContent(c -> c.linksOf(smoking.id()).isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 6);
    }

    private Menu editMenu() {
        MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().filter(m -> m.getText().equals("_Edit")).findFirst().orElseThrow();
    }

    private static Stage draftWindow() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#draftList") != null));
        return (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#draftList") != null).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ListView<DraftRow> draftList(Stage drafts) {
        return (ListView<DraftRow>) drafts.getScene().lookup("#draftList");
    }

    private WorkspaceContent awaitContent(Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }
}
