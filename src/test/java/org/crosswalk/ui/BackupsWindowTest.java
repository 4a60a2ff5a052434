package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupReason;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.ui.backups.BackupsViewModel;
import org.crosswalk.ui.backups.BackupsWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Restore from Backup… over the real main window, headless: the window's own automatic
 * backup on open is listed, chosen with the keyboard, compared with now, and restored.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsWindowTest {
    private UiServices services;
    private Stage stage;
    private MainWindow window;
    private BackupsWindow backupsWindow;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = Files.createTempDirectory("crosswalk-backups-test");
        services = TestServices.in(data);
        window = showSample(stage, services);
    }

    /** The main window, 1280×720, on the sample written to the workspaces folder of {@code services}. */
    static MainWindow showSample(Stage stage, UiServices services) throws Exception {
        Path file = services.paths().documentsDir().resolve(SampleWorkspace.FILE_NAME);
        Files.createDirectories(file.getParent());
        services.sample().create(services.files(), file).close();
        return WindowTests.show(stage, services, file, 1280, 720);
    }

    @Test
    void restoreTheBackupMadeOnOpen(FxRobot robot) throws Exception {
        int themes = WindowTests.awaitContent(window, c -> !c.themes().isEmpty()).themes().size();
        Backups backups = services.backups();
        Workspace opened = window.session().workspaceProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !backups.list(opened).isEmpty());
        robot.interact(() -> window.session().execute(OutlineEdits.addTheme(window.session().content().board().id(),
                UUID.randomUUID(), "Added after opening")));
        WindowTests.awaitContent(window, c -> c.themes().size() == themes + 1);
        robot.interact(() -> window.session().background(() -> backups.beforeMerge(opened), b -> { }, e -> { }));

        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.confirmAnswers.add(true);
        String css = MainWindow.class.getResource("/css/crosswalk.css").toExternalForm();
        robot.interact(() -> {
            BackupsViewModel model = new BackupsViewModel(window.session(), backups, dialogs, window.files()::open,
                    ZoneId.systemDefault());
            backupsWindow = new BackupsWindow(stage, model, css);
            backupsWindow.show();
            model.load();
        });
        ListView<?> list = robot.lookup("#backupList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the newest is chosen first");
        assertTrue(list.isFocused(), "the keyboard starts in the list");

        robot.type(KeyCode.DOWN);
        String comparison = robot.lookup("#backupComparison").queryLabeled().getText();
        assertTrue(comparison.contains(", on open) holds " + themes + " themes"), comparison);
        assertTrue(comparison.contains("Restoring it changes themes " + (themes + 1) + " → " + themes), comparison);
        Snapshots.save(robot, backupsWindow.stage(), "restore-from-backup");

        robot.clickOn(robot.lookup("#restoreBackupButton").queryAs(Button.class));
        WindowTests.awaitContent(window, c -> c.themes().size() == themes);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !backupsWindow.stage().isShowing());
        assertTrue(window.session().statusProperty().get().startsWith("Restored the backup of "),
                window.session().statusProperty().get());
        assertTrue(window.session().editableProperty().get());
        List<BackupReason> reasons = backups.list(window.session().workspaceProperty().get()).stream()
                .map(Backup::reason).toList();
        assertTrue(reasons.contains(BackupReason.BEFORE_RESTORE), reasons.toString());
        assertFalse(dialogs.shown.isEmpty());
        Snapshots.save(robot, stage, "restored-main-window");
    }
}
