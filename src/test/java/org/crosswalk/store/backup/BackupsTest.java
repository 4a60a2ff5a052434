package org.crosswalk.store.backup;

import static org.crosswalk.store.StoreFixtures.dump;
import static org.crosswalk.store.StoreFixtures.listing;
import static org.crosswalk.store.StoreFixtures.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.crosswalk.store.WorkspaceProblem;
import org.junit.jupiter.api.Test;

/** Making, listing and rotating backups of a real sample workspace. */
class BackupsTest extends OpenSample {
    @Test
    void aBackupHoldsEveryCommittedEditEvenWhileTheyAreStillInTheWriteAheadLog() throws Exception {
        addTheme("Healthy places");
        addTheme("Ageing well");
        Path wal = workspace.path().resolveSibling("Board plan.crosswalk-wal");
        assertTrue(Files.size(wal) > 0, "the edits are still in the write-ahead log");

        Backup backup = backups.make(workspace, BackupReason.ON_OPEN);

        assertEquals("Board plan (2019-02-14 09-30-00, on open).crosswalk", backup.file().getFileName().toString());
        assertEquals(backups.root().resolve(workspace.workspaceId()), backup.file().getParent());
        assertEquals(dump(workspace.path()), dump(backup.file()));
        assertEquals("delete", scalar(backup.file(), "PRAGMA journal_mode"));
        assertEquals(List.of(backup.file().getFileName().toString()), listing(backup.file().getParent()),
                "no temporary or journal file is left beside the backup");
    }

    @Test
    void theListIsNewestFirstAndEachBackupSummarisesWhatItHolds() throws Exception {
        Backup first = backups.make(workspace, BackupReason.ON_OPEN);
        clock.advance(Duration.ofMinutes(10));
        addTheme("Healthy places");
        Backup second = backups.make(workspace, BackupReason.WHILE_EDITING);

        assertEquals(List.of(second, first), backups.list(workspace));
        BackupSummary before = backups.summarize(first);
        BackupSummary after = backups.summarize(second);
        assertEquals("Oxfordshire Health Improvement Board", before.board());
        assertEquals(before.themes() + 1, after.themes());
        assertEquals(before.priorities(), after.priorities());
        assertTrue(before.links() > 0);
        assertEquals("2019-02-14T09:40:00Z", after.lastChange());
        assertTrue(after.counts().matches("\\d+ themes, \\d+ priorities, \\d+ links"), after.counts());
    }

    @Test
    void twoBackupsMadeInOneSecondAreListedInTheOrderTheyWereMade() throws Exception {
        Backup onOpen = backups.make(workspace, BackupReason.ON_OPEN);
        Backup beforeRestore = backups.make(workspace, BackupReason.BEFORE_RESTORE);
        assertEquals(onOpen.madeAt(), beforeRestore.madeAt(), "the clock has not moved");
        assertEquals(List.of(beforeRestore, onOpen), backups.list(workspace));
    }

    @Test
    void routineBackupsKeepTheNewestTenAndBeforeBackupsAreKeptApart() throws Exception {
        for (int i = 0; i < 13; i++) {
            backups.make(workspace, i % 2 == 0 ? BackupReason.ON_OPEN : BackupReason.WHILE_EDITING);
            clock.advance(Duration.ofMinutes(10));
            if (i == 3) {
                backups.beforeMerge(workspace);
                clock.advance(Duration.ofMinutes(1));
            }
        }
        List<Backup> kept = backups.list(workspace);
        assertEquals(11, kept.size());
        assertEquals(10, kept.stream().filter(b -> b.reason().isAutomatic()).count());
        assertEquals(1, kept.stream().filter(b -> b.reason() == BackupReason.BEFORE_MERGE).count());
        assertEquals(clock.instant().minus(Duration.ofMinutes(10)), kept.get(0).madeAt());
    }

    @Test
    void oldBeforeBackupsGoAfterThirtyDaysButTheNewestThreeStay() throws Exception {
        for (int i = 0; i < 5; i++) {
            backups.make(workspace, BackupReason.BEFORE_RESTORE);
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofDays(31));
        backups.make(workspace, BackupReason.ON_OPEN);
        List<Backup> kept = backups.list(workspace);
        assertEquals(4, kept.size());
        assertEquals(3, kept.stream().filter(b -> b.reason() == BackupReason.BEFORE_RESTORE).count());
    }

    @Test
    void theNewestBackupIsNeverRemovedEvenWhenItIsOld() {
        Backup only = new Backup(dir.resolve("x"), "x", clock.instant(), BackupReason.BEFORE_MERGE, 1);
        assertEquals(List.of(), BackupRotation.toRemove(List.of(only), clock.instant().plus(Duration.ofDays(400))));
    }

    @Test
    void aBackupFolderThatCannotBeMadeGivesAMessageAndEditingGoesOn() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        Backups broken = new Backups(notAFolder.resolve("backups"), clock, files, ZoneOffset.UTC);

        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> broken.make(workspace, BackupReason.WHILE_EDITING));

        assertEquals(WorkspaceProblem.Kind.CANNOT_WRITE, problem.kind());
        assertTrue(problem.getMessage().contains("Your workspace is unchanged and every edit is still saved in it"),
                problem.getMessage());
        int themes = workspace.load().themes().size();
        addTheme("After the failed backup");
        assertEquals(themes + 1, workspace.load().themes().size());
        assertEquals("a file where the data folder should be", Files.readString(notAFolder));
    }

    @Test
    void beforeMergeIsAnAlwaysKeptBackupNamedForWhatFollows() throws Exception {
        Backup backup = backups.beforeMerge(workspace);
        assertEquals(BackupReason.BEFORE_MERGE, backup.reason());
        assertTrue(backup.file().getFileName().toString().endsWith(", before merge).crosswalk"));
        assertFalse(backup.reason().isAutomatic());
        assertEquals(dump(workspace.path()), dump(backup.file()));
    }

    @Test
    void filesThatAreNotBackupsAreLeftOutOfTheList() throws Exception {
        Backup backup = backups.make(workspace, BackupReason.ON_OPEN);
        Files.writeString(backup.file().resolveSibling("notes.txt"), "mine");
        Files.writeString(backup.file().resolveSibling("Board plan (2019-02-14 09-30-00, for fun).crosswalk"), "");
        assertEquals(List.of(backup), backups.list(workspace));
    }
}
