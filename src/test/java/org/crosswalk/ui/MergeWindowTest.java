package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Merge Another Copy… over the real main window, headless: a copy edited on "Anna's laptop"
 * is read, the two differences are decided (one by mouse, one from the keyboard), merged, and undone.
 */
@ExtendWith(ApplicationExtension.class)
class MergeWindowTest {
    private UiServices services;
    private MainWindow window;
    private Path anna;
    private Priority wording;
    private Priority noted;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("crosswalk-merge-test");
        services = TestServices.in(data);
        Path master = services.paths().documentsDir().resolve(SampleWorkspace.FILE_NAME);
        Files.createDirectories(master.getParent());
        services.sample().create(services.files(), master).close();
        anna = master.resolveSibling("anna.crosswalk");
        Files.copy(master, anna);
        WorkspaceContent sample;
        try (Workspace workspace = services.files().open(master, true)) {
            sample = workspace.load();
        }
        wording = sample.priorities().get(0);
        noted = sample.priorities().get(1);
        Thread.sleep(5); // the copies part; every edit below is later
        edit(master, OutlineEdits.renamePriority(wording.id(), "Wording agreed in room A"),
                OutlineEdits.setPriorityNote(noted.id(), "Note from room A"));
        edit(anna, OutlineEdits.renamePriority(wording.id(), "Wording agreed in room B"),
                OutlineEdits.setPriorityNote(noted.id(), "Note from room B"),
                OutlineEdits.addTheme(sample.board().id(), UUID.randomUUID(), "Theme added in room B"));
        window = WindowTests.show(stage, services, master, 1280, 720);
    }

    private void edit(Path file, Edit... edits) throws Exception {
        try (Workspace workspace = services.files().open(file, false)) {
            for (Edit edit : edits) {
                workspace.history().execute(edit);
            }
        }
    }

    @Test
    void decideEachDifferenceMergeAndUndo(FxRobot robot) throws Exception {
        WorkspaceContent before = WindowTests.awaitContent(window, c -> !c.themes().isEmpty());
        robot.interact(() -> window.mergeAction().read(anna));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mergeSummary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Stage mergeStage = (Stage) robot.lookup("#mergeSummary").query().getScene().getWindow();
        assertEquals("Merge another copy — anna.crosswalk", mergeStage.getTitle());
        String summary = robot.lookup("#mergeSummary").queryLabeled().getText();
        assertTrue(summary.contains("1 added") && summary.contains("2 differences to decide"), summary);
        int w = robot.lookup("#conflict-1").lookup(".pane-heading").queryLabeled().getText()
                .contains("room A") ? 1 : 2;
        int n = 3 - w;
        assertEquals(w + ". Priority ‘Wording agreed in room A’ — Changed on both laptops",
                robot.lookup("#conflict-" + w).lookup(".pane-heading").queryLabeled().getText());
        assertTrue(robot.lookup("#conflict-" + w).lookup((javafx.scene.control.Label l) ->
                "Wording agreed in room B".equals(l.getText())).tryQuery().isPresent(), "theirs beside ours");
        @SuppressWarnings("unchecked")
        ListView<String> changes = robot.lookup("#mergeChanges").queryAs(ListView.class);
        assertTrue(changes.getItems().get(0).startsWith("Added: Theme ‘Theme added in room B’"), changes.getItems()
                .toString());
        Button merge = robot.lookup("#mergeButton").queryButton();
        assertTrue(merge.isDisabled(), "two differences undecided");
        assertEquals("2 differences still need a decision before you can merge.",
                robot.lookup("#mergeMessage").queryLabeled().getText());
        Snapshots.save(robot, mergeStage, "merge-window");

        robot.clickOn("#takeTheirs-" + w);
        assertTrue(merge.isDisabled(), "one difference undecided");
        RadioButton keepOurs = robot.lookup("#keepOurs-" + n).queryAs(RadioButton.class);
        robot.interact(keepOurs::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(keepOurs.isSelected(), "chosen from the keyboard");
        assertFalse(merge.isDisabled());
        Snapshots.save(robot, mergeStage, "merge-window-decided");

        robot.clickOn(merge);
        WorkspaceContent merged = WindowTests.awaitContent(window, c -> c.themes().size() == before.themes().size() + 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !mergeStage.isShowing());
        assertEquals("Wording agreed in room B", merged.priority(wording.id()).orElseThrow().title());
        assertEquals("Note from room A", merged.priority(noted.id()).orElseThrow().note());
        assertEquals("Merge of anna.crosswalk", window.session().undoDescriptionProperty().get());
        assertTrue(window.session().statusProperty().get().startsWith("Merged “anna.crosswalk”: 1 added"),
                window.session().statusProperty().get());

        robot.interact(() -> window.session().undo());
        WorkspaceContent undone = WindowTests.awaitContent(window, c -> c.themes().size() == before.themes().size());
        assertEquals("Wording agreed in room A", undone.priority(wording.id()).orElseThrow().title());
        assertEquals(List.of(), undone.themes().stream().filter(t -> t.title().equals("Theme added in room B"))
                .toList());
    }
}
