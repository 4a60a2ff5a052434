package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window when its backups cannot be written (a regular file stands where the
 * backups folder should be — tests run as root, so a read-only folder would not stop them): the
 * status bar says so, no dialog stops the work, and edits are still saved.
 */
@ExtendWith(ApplicationExtension.class)
class BackupWarningWindowTest {
    private Path blocker;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = Files.createTempDirectory("crosswalk-backup-warning-test");
        UiServices services = TestServices.in(data);
        blocker = Files.writeString(services.paths().backupDir(), "a file where the backups folder should be");
        window = BackupsWindowTest.showSample(stage, services);
    }

    @Test
    void theStatusBarSaysBackupsAreNotWrittenAndEditingGoesOn(FxRobot robot) throws Exception {
        int themes = WindowTests.awaitContent(window, c -> !c.themes().isEmpty()).themes().size();
        Label warning = robot.lookup("#backupWarning").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, warning::isVisible);
        assertTrue(warning.getAccessibleText().contains("Your work is still saved in the workspace; editing goes on"),
                warning.getAccessibleText());
        assertEquals(1, robot.listWindows().size(), "no dialog interrupts the work");

        robot.interact(() -> window.session().execute(OutlineEdits.addTheme(window.session().content().board().id(),
                UUID.randomUUID(), "Added while backups fail")));
        WindowTests.awaitContent(window, c -> c.themes().size() == themes + 1);
        assertTrue(warning.isVisible(), "it stays until a backup is written");
        assertEquals("a file where the backups folder should be", Files.readString(blocker));
        Snapshots.save(robot, stage, "backups-not-written");
    }
}
