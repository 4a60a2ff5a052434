package org.crosswalk.store.backup;

import static org.crosswalk.store.StoreFixtures.dump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.junit.jupiter.api.Test;

/** Restoring a backup over the open workspace, or copying it out; damaged backups change nothing. */
class BackupRestoreTest extends OpenSample {
    @Test
    void restoreBringsBackExactlyTheBackupAndKeepsWhatWasThereAsABeforeRestoreBackup() throws Exception {
        Backup earlier = backups.make(workspace, BackupReason.ON_OPEN);
        Map<String, List<Map<String, Object>>> backedUp = dump(earlier.file());
        clock.advance(Duration.ofMinutes(15));
        addTheme("Added after the backup");
        Map<String, List<Map<String, Object>>> beforeRestore = dump(workspace.path());

        BackupRestore.Restored restored = backups.restorer().restore(workspace, earlier);
        workspace = restored.workspace();

        assertEquals(backedUp, dump(workspace.path()));
        assertFalse(workspace.isReadOnly());
        assertEquals(BackupReason.BEFORE_RESTORE, restored.before().reason());
        assertEquals(beforeRestore, dump(restored.before().file()));
        assertTrue(workspace.load().themes().stream().noneMatch(t -> t.title().equals("Added after the backup")));
        assertTrue(workspace.history().undoDescription().isEmpty(), "the old undo steps do not apply any more");
        addTheme("Editing goes on after a restore");
        assertThrows(WorkspaceProblem.class, () -> files.open(workspace.path(), false),
                "the restored workspace is still held by this window");
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws Exception {
        Backup good = backups.make(workspace, BackupReason.ON_OPEN);
        clock.advance(Duration.ofMinutes(10));
        Backup damaged = backups.make(workspace, BackupReason.WHILE_EDITING);
        try (RandomAccessFile file = new RandomAccessFile(damaged.file().toFile(), "rw")) {
            byte[] garbage = new byte[16384];
            Arrays.fill(garbage, (byte) 0x5A);
            file.seek(4096);
            file.write(garbage);
        }
        addTheme("Kept");
        Map<String, List<Map<String, Object>>> now = dump(workspace.path());

        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> backups.restorer().restore(workspace, damaged));

        assertEquals(WorkspaceProblem.Kind.DAMAGED, problem.kind());
        assertTrue(problem.getMessage().contains("is damaged and cannot be restored. Nothing was changed."),
                problem.getMessage());
        assertEquals(now, dump(workspace.path()));
        assertEquals(List.of(damaged, good), backups.list(workspace), "no “before restore” backup was made");
        addTheme("Editing goes on");
    }

    @Test
    void aBackupOfAnotherWorkspaceIsNotRestoredOverThisOne() throws Exception {
        try (Workspace other = files.create(dir.resolve("Other board.crosswalk"), "Other board", "")) {
            Backup foreign = backups.make(other, BackupReason.ON_OPEN);
            WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                    () -> backups.restorer().restore(workspace, foreign));
            assertTrue(problem.getMessage().contains("belongs to another workspace"), problem.getMessage());
        }
    }

    @Test
    void openAsACopyWritesTheBackupToANewFileThatOpens() throws Exception {
        Backup backup = backups.make(workspace, BackupReason.ON_OPEN);
        Path copy = dir.resolve("copies/Board plan as it was.crosswalk");
        Files.createDirectories(copy.getParent());

        backups.restorer().copyTo(backup, copy);

        assertEquals(dump(backup.file()), dump(copy));
        try (Workspace opened = files.open(copy, false)) {
            assertEquals(workspace.load().themes(), opened.load().themes());
        }
        assertEquals(List.of("Board plan as it was.crosswalk"), StoreFixtures.listing(copy.getParent()));
    }
}
