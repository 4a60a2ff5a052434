package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, headless: link by keyboard and by drag, undo, redo, reopen. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Path data;
    private Stage stage;
    private MainWindow window;
    private UiServices services;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = Files.createTempDirectory("crosswalk-ui-test");
        services = TestServices.in(data);
        window = DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.empty());
        // Inside the headless screen (1280×800): a window reaching past its edge is moved by the
        // screen but not in JavaFX's idea of it, so the pointer would land beside what it aims at.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(780);
    }

    @Test
    void firstRunOpensTheSampleInTheWorkspacesFolder(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        assertEquals("Oxfordshire Health Improvement Board", content.board().name());
        assertTrue(window.session().path().orElseThrow().startsWith(data.resolve("workspaces")));
        assertTrue(stage.getTitle().startsWith("Oxfordshire HIB"), stage.getTitle());
    }

    @Test
    void linkByKeyboardThenUndoRedoAndReopen(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        Priority immunisation = priority(content, "Immunisation");
        PlanItem smoking = item(content, "2.9");
        assertTrue(content.link(immunisation.id(), smoking.id()).isEmpty());

        clickText(robot, treeCell(robot, "Immunisation"));
        robot.clickOn("#planFilter").write("smoke-free society");
        robot.clickOn(planRow(robot, "2.9"));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        awaitContent(c -> c.link(immunisation.id(), smoking.id()).isPresent());
        assertTrue(robot.lookup("#statusMessage").queryLabeled().getText().startsWith("Link 2.9"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitContent(c -> c.link(immunisation.id(), smoking.id()).isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitContent(c -> c.link(immunisation.id(), smoking.id()).isPresent());

        robot.clickOn(mappingRowOf(robot, "2.9"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#linkEditor").query().isVisible(), "the link editor shows the selected link");
        Snapshots.save(robot, stage, "main-window-link-selected");

        Path file = window.session().path().orElseThrow();
        robot.interact(stage::close);
        try (Workspace reopened = services.files().open(file, false)) {
            WorkspaceContent saved = reopened.load();
            Link link = saved.link(immunisation.id(), smoking.id()).orElseThrow();
            assertEquals(3, saved.linksOf(immunisation.id()).indexOf(link), "appended after the three links");
        }
    }

    @Test
    void pointingAtAPriorityShowsItsWholeTitleAsATip(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        Priority physicalActivity = priority(content, "Reduce Physical Inactivity / Promote Physical Activity");
        TreeCell<?> cell = (TreeCell<?>) treeCell(robot, "Reduce Physical Inactivity");

        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(physicalActivity.title(), cell.getTooltip().getText());
    }

    @Test
    void ctrlFSearchesThePlanAsYouTypeBestFirstWithTheMatchesInBold(FxRobot robot) throws Exception {
        awaitContent(c -> true);
        robot.clickOn("#planItems");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#planFilter").query().isFocused(), "Ctrl+F puts the cursor in the search box");
        robot.write("tobacco treatment");
        awaitSearch(robot, "tobacco treatment");
        TableView<?> table = robot.lookup("#planItems").queryAs(TableView.class);
        PlanItem best = (PlanItem) table.getItems().get(0);
        assertTrue(best.text().toLowerCase().contains("tobacco treatment"), best.text());
        assertFalse(robot.lookup(".search-match").queryAll().isEmpty(), "matched words are shown in bold");
        Snapshots.save(robot, stage, "plan-search");
    }

    @Test
    void linkByDraggingAParagraphOntoAPriority(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        Priority physicalActivity = priority(content, "Reduce Physical Inactivity / Promote Physical Activity");
        PlanItem social = item(content, "1.40");
        assertTrue(physicalActivity.isNoMention());

        robot.clickOn("#planFilter").write("social prescribing link workers");
        robot.drag(planRow(robot, "1.40"));
        robot.moveTo(treeCell(robot, "Reduce Physical Inactivity"), Pos.CENTER_LEFT, new Point2D(40, 0), Motion.DEFAULT).drop();
        WorkspaceContent linked = awaitContent(c -> c.link(physicalActivity.id(), social.id()).isPresent());
        assertFalse(linked.priority(physicalActivity.id()).orElseThrow().isNoMention(),
                "a link withdraws the no-mention statement");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WorkspaceContent undone = awaitContent(c -> c.link(physicalActivity.id(), social.id()).isEmpty());
        assertEquals("No specific mention in the Long Term Plan.",
                undone.priority(physicalActivity.id()).orElseThrow().noMention());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        awaitContent(c -> c.link(physicalActivity.id(), social.id()).isPresent());
    }

    @Test
    void keyboardOnlyReorderAndLink(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        Priority immunisation = priority(content, "Immunisation");
        PlanItem diabetes = item(content, "2.15");
        java.util.UUID prevent = immunisation.themeId();
        assertEquals(5, content.prioritiesOf(prevent).indexOf(immunisation));

        clickText(robot, treeCell(robot, "Immunisation"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        awaitContent(c -> c.prioritiesOf(prevent).indexOf(c.priority(immunisation.id()).orElseThrow()) == 4);
        assertEquals("Move priority ‘Immunisation’", window.session().undoDescriptionProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitContent(c -> c.prioritiesOf(prevent).indexOf(c.priority(immunisation.id()).orElseThrow()) == 5);

        robot.clickOn("#planFilter").write("Diabetes Prevention Programme supports");
        awaitSearch(robot, "Diabetes Prevention Programme supports");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        awaitContent(c -> c.link(immunisation.id(), diabetes.id()).isPresent());
    }

    @Test
    void exportDialogPreviewsThePaperAndFollowsItsSettings(FxRobot robot) throws Exception {
        awaitContent(c -> true);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node preview = robot.lookup("#paperPreview").query();
        assertTrue(labels(preview).contains("Keeping Yourself Healthy / Prevent"));
        assertTrue(labels(preview).contains("HIB Priority"));
        assertTrue(labels(preview).contains("No specific mention in the Long Term Plan."));

        javafx.scene.control.TextField heading = robot.lookup((Node n) -> n instanceof javafx.scene.control.TextField f
                && "Left column heading".equals(f.getAccessibleText())).queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> heading.clear());
        robot.clickOn(heading).write("Local priority");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(labels(robot.lookup("#paperPreview").query()).contains("Local priority"));
        javafx.stage.Window dialog = preview.getScene().getWindow();
        Snapshots.save(robot, (Stage) dialog, "export-dialog");
        robot.interact(((Stage) dialog)::close);
    }

    private static java.util.List<String> labels(Node root) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        if (root instanceof javafx.scene.control.Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (root instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            texts.addAll(labels(scroll.getContent()));
        }
        if (root instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(labels(child)));
        }
        return texts;
    }

    private WorkspaceContent awaitContent(Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }

    /** Clicks the start of a cell's text (tree cells can be wider than the visible tree). */
    private static void clickText(FxRobot robot, Node cell) {
        robot.moveTo(cell, Pos.CENTER_LEFT, new Point2D(40, 0), Motion.DEFAULT).clickOn();
    }

    private static Priority priority(WorkspaceContent content, String title) {
        return content.priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private static PlanItem item(WorkspaceContent content, String number) {
        return content.items().stream().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
    }

    private static Node treeCell(FxRobot robot, String startOfText) {
        return robot.lookup("#prioritiesTree").lookup((Node node) -> node instanceof TreeCell<?> cell
                && cell.isVisible() && cell.getTreeItem() != null && cell.getText() != null && cell.getText().startsWith(startOfText)).query();
    }

    @SuppressWarnings("unchecked")
    private static Node mappingRowOf(FxRobot robot, String number) {
        javafx.scene.control.TableView<org.crosswalk.ui.mapping.MappingRow> table = robot.lookup("#mappingTable")
                .queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> table.getItems().stream()
                .filter(r -> r instanceof org.crosswalk.ui.mapping.MappingRow.LinkLine line
                        && number.equals(line.item().number()))
                .findFirst().ifPresent(table::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#mappingTable").lookup((Node node) -> node instanceof TableRow<?> row
                && row.isVisible() && row.getItem() instanceof org.crosswalk.ui.mapping.MappingRow.LinkLine line
                && number.equals(line.item().number())).query();
    }

    /** Search results come from the background thread: wait until they are shown. */
    private static void awaitSearch(FxRobot robot, String typed) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () ->
                robot.lookup("#planSearchSummary").queryLabeled().getText().contains("“" + typed + "”"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node planRow(FxRobot robot, String number) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () ->
                !robot.lookup("#planItems").lookup((Node node) -> node instanceof TableRow<?> row && row.isVisible()
                        && row.getItem() instanceof PlanItem item && number.equals(item.number())).queryAll().isEmpty());
        return robot.lookup("#planItems").lookup((Node node) -> node instanceof TableRow<?> row
                && row.isVisible() && row.getItem() instanceof PlanItem item && number.equals(item.number())).query();
    }
}
