package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupReason;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.ui.backups.AutoBackups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups on open and every N minutes of editing, driven by a hand-ticked timer over real files. */
class AutoBackupsTest {
    @TempDir
    Path folder;

    private final TestClock clock = new TestClock();
    private final ManualTicker ticker = new ManualTicker();
    private UiTestBench bench;

    @AfterEach
    void close() {
        bench.session.close();
    }

    @Test
    void openingBacksUpAndTheTimerBacksUpOnlyAfterChanges() throws Exception {
        Backups backups = start(folder.resolve("data/backups")).backups;
        assertEquals(List.of(Duration.ofMinutes(7)), ticker.periods);
        List<Backup> afterOpen = backups.list(bench.session.workspaceProperty().get());
        assertEquals(List.of(BackupReason.ON_OPEN), afterOpen.stream().map(Backup::reason).toList());

        clock.advance(Duration.ofMinutes(7));
        ticker.tick();
        assertEquals(1, backups.list(bench.session.workspaceProperty().get()).size(), "nothing changed: no backup");

        addTheme("Healthy places");
        clock.advance(Duration.ofMinutes(7));
        ticker.tick();
        List<Backup> afterEdit = backups.list(bench.session.workspaceProperty().get());
        assertEquals(List.of(BackupReason.WHILE_EDITING, BackupReason.ON_OPEN),
                afterEdit.stream().map(Backup::reason).toList());
        assertEquals(backups.summarize(afterOpen.get(0)).themes() + 1, backups.summarize(afterEdit.get(0)).themes());

        clock.advance(Duration.ofMinutes(7));
        ticker.tick();
        assertEquals(2, backups.list(bench.session.workspaceProperty().get()).size(), "no change since the last one");
    }

    @Test
    void aBackupFolderThatCannotBeWrittenIsToldOnceAndEditingGoesOn() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("not a folder"), "a file");
        AutoBackups auto = start(notAFolder.resolve("backups")).auto;
        String problem = auto.problemProperty().get();
        assertTrue(problem.startsWith("Automatic backup not written") && problem.contains("editing goes on"), problem);
        assertTrue(bench.dialogs.shown.isEmpty(), "no dialog interrupts the work");

        int themes = bench.session.content().themes().size();
        addTheme("Added while backups fail");
        assertEquals(themes + 1, bench.session.content().themes().size());
        ticker.tick();
        assertTrue(bench.session.statusProperty().get().startsWith("Add theme"), "the failure is not repeated each tick: "
                + bench.session.statusProperty().get());
        assertEquals(problem, auto.problemProperty().get(), "the status bar keeps showing it until backups work");
    }

    @Test
    void closingTheWorkspaceStopsTheTimer() throws Exception {
        start(folder.resolve("data/backups"));
        assertEquals(1, ticker.running());
        bench.session.close();
        assertEquals(0, ticker.running());
    }

    private record Started(Backups backups, AutoBackups auto) {
    }

    private Started start(Path backupFolder) {
        bench = new UiTestBench(folder);
        Backups backups = new Backups(backupFolder, clock, bench.services.files());
        AutoBackups auto = new AutoBackups(bench.session, backups, () -> 7, ticker);
        bench.withSample();
        return new Started(backups, auto);
    }

    private void addTheme(String title) {
        bench.session.execute(OutlineEdits.addTheme(bench.session.content().board().id(), UUID.randomUUID(), title));
    }
}
