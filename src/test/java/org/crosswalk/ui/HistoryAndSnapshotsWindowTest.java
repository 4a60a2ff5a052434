package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.snapshot.Difference;
import org.crosswalk.ui.history.HistoryRow;
import org.crosswalk.ui.mapping.MappingRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history panel and named snapshots over the real main window, headless: a new edit appears
 * in the history at once and the list narrows to the selected priority; a snapshot taken from the
 * File menu opens read-only with the old wording, and its comparison with now lists the change.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryAndSnapshotsWindowTest {
    private static final String FEBRUARY = "As presented to the HIB on 14 February 2019";
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = BackupsWindowTest.showSample(stage, TestServices.in(Files.createTempDirectory("crosswalk-history")));
    }

    @Test
    void historyShowsANewEditAndFiltersByTheSelectedPriority(FxRobot robot) throws Exception {
        WorkspaceContent content = WindowTests.awaitContent(window, c -> true);
        Priority smoking = priority(content, "Reduce smoking prevalence");
        Priority immunisation = priority(content, "Immunisation");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("History", robot.lookup(".side-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getText());
        assertTrue(robot.lookup("#historyFilter").query().isFocused(), "the keyboard is in the history's search box");

        robot.interact(() -> window.session().execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco-free")));
        awaitFirstRow(robot, "Rename priority ‘Reduce smoking prevalence’ to ‘Tobacco-free’");
        HistoryRow first = historyRows(robot).get(0);
        assertTrue(first.when().startsWith("Today "), first.when());
        assertEquals("Test Officer", first.who());
        robot.interact(() -> window.session().execute(OutlineEdits.renamePriority(immunisation.id(), "Vaccination")));
        awaitFirstRow(robot, "Rename priority ‘Immunisation’ to ‘Vaccination’");
        robot.interact(window.session()::undo);
        awaitFirstRow(robot, "Undo: Rename priority ‘Immunisation’ to ‘Vaccination’");

        WindowTests.clickPriority(robot, "Tobacco-free");
        robot.clickOn("#historyThisPriority");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> historyRows(robot).stream()
                .noneMatch(row -> row.what().contains("Immunisation")));
        List<String> smokingOnly = historyRows(robot).stream().map(HistoryRow::what).toList();
        assertEquals("Rename priority ‘Reduce smoking prevalence’ to ‘Tobacco-free’", smokingOnly.get(0));
        assertTrue(robot.lookup("#historyNote").queryAs(Label.class).getText().endsWith(" to ‘Tobacco-free’."),
                robot.lookup("#historyNote").queryAs(Label.class).getText());
        Snapshots.save(robot, stage, "history-this-priority");

        robot.clickOn("#historyAll");
        awaitFirstRow(robot, "Undo: Rename priority ‘Immunisation’ to ‘Vaccination’");
        robot.clickOn("#historyFilter").write("vaccination");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Undo: Rename priority ‘Immunisation’ to ‘Vaccination’",
                "Rename priority ‘Immunisation’ to ‘Vaccination’"),
                historyRows(robot).stream().map(HistoryRow::what).toList());
        Snapshots.save(robot, stage, "history-filtered");
    }

    @Test
    void snapshotFromTheMenuOpensReadOnlyAndComparesWithNow(FxRobot robot) throws Exception {
        WorkspaceContent content = WindowTests.awaitContent(window, c -> true);
        Priority smoking = priority(content, "Reduce smoking prevalence");
        fireMenuItem("_Take Snapshot…");
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertTrue(name.getText().startsWith("As presented to "), name.getText());
        robot.interact(() -> name.setText(FEBRUARY));
        robot.clickOn(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.session().undoDescriptionProperty().get()
                .equals("Take snapshot ‘" + FEBRUARY + "’"));

        robot.interact(() -> window.session().execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco-free")));
        WindowTests.awaitContent(window, c -> c.priority(smoking.id()).orElseThrow().title().equals("Tobacco-free"));

        fireMenuItem("Snaps_hots…");
        Stage list = stage("Snapshots");
        TableView<?> snapshots = robot.lookup("#snapshotList").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> snapshots.getItems().size() == 1);
        robot.interact(() -> snapshots.getSelectionModel().select(0));
        Snapshots.save(robot, list, "snapshots-list");

        robot.clickOn("#viewSnapshotButton");
        Stage table = awaitStage("Snapshot ‘" + FEBRUARY + "’ (read-only)");
        TableView<?> rows = robot.from(table.getScene().getRoot()).lookup("#snapshotTable").queryAs(TableView.class);
        assertTrue(rows.getItems().stream().anyMatch(row -> row instanceof MappingRow.PriorityLine line
                && line.priority().title().equals("Reduce smoking prevalence")), "the wording when it was taken");
        assertFalse(rows.getItems().stream().anyMatch(row -> row instanceof MappingRow.PriorityLine line
                && line.priority().title().equals("Tobacco-free")), "not today's wording");
        Snapshots.save(robot, table, "snapshot-read-only");
        robot.interact(table::close);

        robot.interact(list::toFront);
        robot.clickOn("#compareSnapshotButton");
        Stage compare = awaitStage("Compare ‘" + FEBRUARY + "’ with now");
        ListView<?> changes = robot.from(compare.getScene().getRoot()).lookup("#comparisonList").queryAs(ListView.class);
        assertEquals(List.of("Priority reworded — Tobacco-free: was “Reduce smoking prevalence”"),
                changes.getItems().stream().map(d -> ((Difference) d).line()).toList());
        Snapshots.save(robot, compare, "snapshot-compare");
    }

    @SuppressWarnings("unchecked")
    private static List<HistoryRow> historyRows(FxRobot robot) {
        return List.copyOf(((ListView<HistoryRow>) robot.lookup("#historyList").queryAs(ListView.class)).getItems());
    }

    private static void awaitFirstRow(FxRobot robot, String what) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            List<HistoryRow> rows = historyRows(robot);
            return !rows.isEmpty() && rows.get(0).what().equals(what);
        });
    }

    /** Fires a File menu item as a click would, without waiting (it may open a dialog that waits). */
    private void fireMenuItem(String text) {
        MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stage stage(String title) {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow(() -> new AssertionError("no window " + title));
    }

    private static Stage awaitStage(String title) throws Exception {
        Supplier<Boolean> shown = () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, shown::get);
        WaitForAsyncUtils.waitForFxEvents();
        return stage(title);
    }

    private static Priority priority(WorkspaceContent content, String title) {
        return content.priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }
}
