package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Import Priorities over the real main window, headless: a CSV written here (columns
 * Priority, Theme, Sub-items) is read, its preview shown, imported into the sample and undone.
 */
@ExtendWith(ApplicationExtension.class)
class PriorityImportWindowTest {
    private Path data;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = Files.createTempDirectory("crosswalk-priority-import-test");
        window = DesktopLauncher.show(stage, TestServices.in(data), new BackgroundTaskRunner(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Test
    void importACsvIntoTheSampleSeeItInThePrioritiesTreeThenUndoIt(FxRobot robot) throws Exception {
        WorkspaceContent before = awaitContent(c -> true);
        javafx.scene.control.MenuItem menuItem = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "Import _Priorities…".equals(i.getText()))
                .findFirst().orElseThrow();
        assertEquals(javafx.scene.input.KeyCombination.keyCombination(MainMenu.IMPORT_PRIORITIES_KEY),
                menuItem.getAccelerator());
        assertFalse(menuItem.isDisable());
        Path csv = TableFixtures.csv(data.resolve("priorities.csv"), StandardCharsets.UTF_8, ",",
                PriorityImportViewModelTest.ROWS);
        robot.interact(() -> window.priorityImport().read(csv));
        Stage importStage = awaitImportWindow();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Priority", role(robot, 0).getValue());
        assertEquals("Theme", role(robot, 1).getValue());
        assertEquals("Sub-items", role(robot, 2).getValue());
        assertEquals("Will create 1 theme, 2 priorities and 3 sub-items; 1 theme and 1 priority already exist.",
                robot.lookup("#importSummary").queryLabeled().getText());
        assertTrue(previewTexts(robot).containsAll(List.of("Connected communities, new", "Loneliness in older people, "
                + "new", "Lunch clubs, new", "Reduce smoking prevalence, already in the workspace")),
                previewTexts(robot).toString());
        Snapshots.save(robot, importStage, "priority-import-1280x720");

        // Ignoring the sub-items column changes the preview at once; putting it back restores it.
        choose(robot, 2, "Ignore");
        assertEquals("Will create 1 theme and 2 priorities; 1 theme and 1 priority already exist.",
                robot.lookup("#importSummary").queryLabeled().getText());
        choose(robot, 2, "Sub-items");
        assertTrue(robot.lookup("#importSummary").queryLabeled().getText().startsWith("Will create 1 theme, 2 "
                + "priorities and 3 sub-items"));

        robot.clickOn("#importButton");
        WorkspaceContent imported = awaitContent(c -> c.priorities().size() == before.priorities().size() + 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(importStage.isShowing(), "the window closes once the priorities are in");
        java.util.UUID loneliness = imported.priorities().stream().filter(p -> p.title().equals(
                "Loneliness in older people")).findFirst().orElseThrow().id();
        assertTrue(treeIds(robot).contains(loneliness), "the priorities tree shows the new priority");
        assertEquals("Imported 1 theme, 2 priorities and 3 sub-items from priorities.csv (Undo removes them)",
                robot.lookup("#statusMessage").queryLabeled().getText());

        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WorkspaceContent after = awaitContent(c -> c.priorities().size() == before.priorities().size());
        assertEquals(before.themes(), after.themes());
        assertEquals(before.subItems(), after.subItems());
        assertFalse(treeIds(robot).contains(loneliness));
    }

    private WorkspaceContent awaitContent(java.util.function.Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }

    private static Stage awaitImportWindow() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> importWindow().isPresent());
        return importWindow().orElseThrow();
    }

    private static Optional<Stage> importWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Import priorities")).map(w -> (Stage) w).findFirst();
    }

    /** Opens the list above {@code column} and clicks {@code role} in it (not the same words in the table). */
    private static void choose(FxRobot robot, int column, String role) {
        robot.clickOn(role(robot, column));
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && role.equals(cell.getText()) && cell.isVisible()).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> role(FxRobot robot, int column) {
        return robot.lookup("#role" + column).queryAs(ComboBox.class);
    }

    /** What the visible lines of the preview say, as a screen reader hears them ("Lunch clubs, new"). */
    private static List<String> previewTexts(FxRobot robot) {
        return robot.lookup("#importPreviewTree").lookup((Node n) -> n instanceof TreeCell<?> cell
                && cell.getItem() != null).queryAll().stream().map(Node::getAccessibleText).toList();
    }

    /** The ids of every theme, priority and sub-item in the priorities tree (its cells show only what fits). */
    private static java.util.Set<java.util.UUID> treeIds(FxRobot robot) {
        javafx.scene.control.TreeView<?> tree = robot.lookup("#prioritiesTree").queryAs(javafx.scene.control.TreeView.class);
        java.util.Set<java.util.UUID> ids = new java.util.HashSet<>();
        collect(tree.getRoot(), ids);
        return ids;
    }

    private static void collect(javafx.scene.control.TreeItem<?> item, java.util.Set<java.util.UUID> ids) {
        if (item.getValue() instanceof org.crosswalk.ui.priorities.OutlineRef ref) {
            ids.add(ref.id());
        }
        item.getChildren().forEach(child -> collect(child, ids));
    }
}
