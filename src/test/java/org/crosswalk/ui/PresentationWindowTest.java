package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.settings.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Presentation Mode on the sample, headless: moving through priorities, quick entry, undo, zoom, contrast. */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {
    private MainWindow window;
    private UiServices services;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("crosswalk-presentation-test");
        services = TestServices.in(data);
        window = DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.empty());
    }

    @Test
    void movesThroughThePrioritiesInThePapersOrderShowingTheirLinks(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        List<Priority> order = paperOrder(content);
        Stage presentation = open(robot);
        assertTrue(presentation.isFullScreen(), "presentation mode fills the screen");
        robot.type(KeyCode.HOME);

        assertEquals("Priority 1 of " + order.size(), text(robot, "#slidePosition"));
        assertEquals(order.get(0).title(), text(robot, "#slideTitle"));
        robot.type(KeyCode.RIGHT);
        assertEquals("Priority 2 of " + order.size(), text(robot, "#slidePosition"));
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(order.get(2).title(), text(robot, "#slideTitle"), "a presenter's clicker sends Page Down");
        robot.type(KeyCode.END);
        assertEquals("Priority " + order.size() + " of " + order.size(), text(robot, "#slidePosition"));
        robot.type(KeyCode.PAGE_UP);
        assertEquals(order.get(order.size() - 2).title(), text(robot, "#slideTitle"));

        Priority linked = order.stream().filter(p -> content.linksOf(p.id()).size() >= 2).findFirst().orElseThrow();
        robot.type(KeyCode.HOME);
        for (int i = 0; i < order.indexOf(linked); i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals(linked.title(), text(robot, "#slideTitle"));
        assertEquals(content.linksOf(linked.id()).size(), robot.lookup(".slide-paragraph").queryAll().size(),
                "every linked paragraph is shown");
        String firstNumber = content.item(content.linksOf(linked.id()).get(0).planItemId()).orElseThrow().number();
        assertTrue(robot.lookup(".slide-reference").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.text.Text) n).getText().strip().equals(firstNumber)));
        Snapshots.save(robot, presentation, "presentation-linked-priority");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(presentation.isShowing(), "Escape leaves presentation mode");
        assertEquals(linked.id(), window.session().content().priority(linked.id()).orElseThrow().id());
    }

    @Test
    void addsANoteAndAPriorityFromTheKeyboardAndUndoesThem(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        Priority first = paperOrder(content).get(0);
        // robot.write types into the target window's scene; robot.type goes to the focused one.
        robot.targetWindow(open(robot));
        robot.type(KeyCode.HOME);

        robot.type(KeyCode.N);
        robot.write("Agreed to bring back in March");
        robot.type(KeyCode.ENTER);
        WorkspaceContent noted = awaitContent(c -> c.priority(first.id()).orElseThrow().note()
                .contains("Agreed to bring back in March"));
        String note = noted.priority(first.id()).orElseThrow().note();
        assertTrue(note.startsWith(first.note().strip()), "the note is added to what was there");
        assertTrue(note.endsWith("Agreed to bring back in March"), "the N that opened the field is not typed: " + note);
        assertTrue(robot.lookup(".slide-note").queryAs(Label.class).getText().contains("bring back in March"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        awaitContent(c -> c.priority(first.id()).orElseThrow().note().equals(first.note()));

        robot.type(KeyCode.P);
        robot.write("Warm homes for older people");
        robot.type(KeyCode.ENTER);
        WorkspaceContent added = awaitContent(c -> c.priorities().stream()
                .anyMatch(p -> p.title().equals("Warm homes for older people")));
        Priority warm = added.priorities().stream().filter(p -> p.title().equals("Warm homes for older people"))
                .findFirst().orElseThrow();
        assertEquals(first.themeId(), warm.themeId(), "it joins the theme being shown");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Warm homes for older people".equals(
                robot.lookup("#slideTitle").queryAs(Label.class).getText()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        awaitContent(c -> c.priority(warm.id()).isEmpty());
    }

    @Test
    void remembersItsTextSizeAndContrastAndFitsAProjectorsScreen(FxRobot robot) throws Exception {
        awaitContent(c -> true);
        Stage presentation = open(robot);
        robot.interact(() -> {
            presentation.setFullScreen(false);
            presentation.setWidth(1280);
            presentation.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#slideTitle", "#slidePosition", ".quick-entry", "#presentLink1")) {
            Node node = robot.lookup(id).query();
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= 1280 && bounds.getMaxY() <= 720,
                    id + " is on a 1280×720 screen: " + bounds);
        }
        Snapshots.save(robot, presentation, "presentation-1280x720");

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(presentation.getScene().getRoot().getStyleClass().contains("high-contrast"));
        Snapshots.save(robot, presentation, "presentation-high-contrast");
        robot.type(KeyCode.ESCAPE);
        services.preferences().flush();

        Preferences reread = Preferences.load(services.paths().preferencesFile(), Runnable::run);
        assertEquals(120, reread.presentationZoomPercent(), "the larger text is remembered");
        assertTrue(reread.presentationHighContrast(), "high contrast is remembered");
        assertEquals(100, reread.zoomPercent(), "the main window's zoom is its own");
    }

    @org.junit.jupiter.api.AfterEach
    void leavePresentation(FxRobot robot) {
        robot.interact(() -> presentationStage().ifPresent(Stage::close));
    }

    private Stage open(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presentationStage().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#slidePosition").queryAs(Label.class)
                .getText().isEmpty());
        return presentationStage().orElseThrow();
    }

    private static Optional<Stage> presentationStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Presentation — Crosswalk".equals(s.getTitle())).map(w -> (Stage) w).findFirst();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<Priority> paperOrder(WorkspaceContent content) {
        return content.themes().stream().flatMap(t -> content.prioritiesOf(t.id()).stream()).toList();
    }

    private WorkspaceContent awaitContent(Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }
}
