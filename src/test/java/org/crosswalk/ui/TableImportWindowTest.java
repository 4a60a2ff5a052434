package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosswalk.tables.mapping.TablePreview.Unmatched;
import org.crosswalk.ui.mapping.MappingRow;
import org.crosswalk.ui.tableimport.TableImportAction;
import org.crosswalk.ui.tableimport.TableImportWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Import Mapping Table over the real main window, headless: a Word paper made here is read,
 * its unmatched row shown, the rest imported into a new workspace with the built-in plan; the
 * links appear in the mapping table and one Ctrl+Z takes everything away again.
 */
@ExtendWith(ApplicationExtension.class)
class TableImportWindowTest {
    private Path data;
    private Stage stage;
    private MainWindow window;
    private TableImportWindow importWindow;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = Files.createTempDirectory("crosswalk-table-import-test");
        UiServices services = TestServices.in(data);
        Path file = MappingTableSample.workspace(services, data.resolve("workspaces/Board.crosswalk"), false);
        window = WindowTests.show(stage, services, file, 1280, 720);
    }

    @Test
    void importTheRestThenUndoEverything(FxRobot robot) throws Exception {
        WindowTests.awaitContent(window, c -> !c.plans().isEmpty());
        Path paper = MappingTableSample.word(data.resolve("HIB paper.docx"));
        String css = MainWindow.class.getResource("/css/crosswalk.css").toExternalForm();
        robot.interact(() -> new TableImportAction(window.session(), new ScriptedDialogs(), model -> {
            importWindow = new TableImportWindow(stage, model, css);
            importWindow.show();
        }).read(paper));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> importWindow != null && importWindow.stage().isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> unmatched = robot.lookup("#unmatchedList").queryAs(TableView.class);
        assertTrue(unmatched.isVisible());
        assertEquals(1, unmatched.getItems().size());
        assertTrue(((Unmatched) unmatched.getItems().get(0)).text().contains(MappingTableSample.LACKING));
        Button importButton = robot.lookup("#tableImportButton").queryAs(Button.class);
        assertEquals("Import the rest", importButton.getText());
        assertTrue(robot.lookup("#tableImportSummary").queryLabeled().getText().startsWith("Will create 1 theme"));
        Snapshots.save(robot, importWindow.stage(), "table-import");

        robot.clickOn(importButton);
        WindowTests.awaitContent(window, c -> c.links().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !importWindow.stage().isShowing());
        assertEquals(List.of("2.18", "2.19"), linkedNumbers(robot));
        assertTrue(window.session().statusProperty().get().startsWith("Imported 1 theme, 4 priorities"),
                window.session().statusProperty().get());

        robot.clickOn("#mappingTable");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WindowTests.awaitContent(window, c -> c.themes().isEmpty() && c.priorities().isEmpty() && c.links().isEmpty());
        assertEquals(List.of(), linkedNumbers(robot));
        assertFalse(window.session().undoDescriptionProperty().get().startsWith("Import"));
    }

    private static List<String> linkedNumbers(FxRobot robot) {
        TableView<?> table = robot.lookup("#mappingTable").queryAs(TableView.class);
        return table.getItems().stream().filter(r -> r instanceof MappingRow.LinkLine)
                .map(r -> ((MappingRow.LinkLine) r).item().number()).toList();
    }
}
