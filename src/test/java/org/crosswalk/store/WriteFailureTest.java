package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.UUID;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.SaveFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change that cannot be written because the file may grow no further. SQLite's page limit gives
 * the same SQLITE_FULL error a full disk does, through the same code; the real full disk (a small
 * tmpfs) and a drive turned read-only are in scripts/faults.sh, since they need mounts.
 */
class WriteFailureTest {
    @TempDir
    Path dir;

    @Test
    void anEditThatDoesNotFitIsNotSavedAtAllSaysTheDiskIsFullAndTheNextOneFits() throws Exception {
        Path file = StoreFixtures.closedSample(dir.resolve("Full.crosswalk"));
        try (Workspace workspace = StoreFixtures.files(new TestClock()).open(file, false)) {
            WorkspaceContent before = workspace.load();
            UUID board = before.board().id();
            limitToCurrentSize(workspace);

            SaveFailedException full = assertThrows(SaveFailedException.class, () -> workspace.history()
                    .execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "Long ".repeat(40_000))));
            assertTrue(full.getMessage().startsWith("The disk is full"), full.getMessage());
            assertTrue(full.getMessage().contains("Nothing of this change was saved"), full.getMessage());
            assertEquals(before, workspace.load(), "nothing of the edit is there");
            assertTrue(workspace.history().undoDescription().isEmpty());

            workspace.history().execute(OutlineEdits.renameTheme(before.themes().get(0).id(), "Prevent"));
            assertEquals("Prevent", workspace.load().themes().get(0).title());
        }
        try (Workspace reopened = StoreFixtures.files(new TestClock()).open(file, false)) {
            assertEquals("Prevent", reopened.load().themes().get(0).title());
            assertEquals(3, reopened.load().themes().size());
        }
    }

    private static void limitToCurrentSize(Workspace workspace) throws Exception {
        workspace.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA max_page_count = " + statement.executeQuery("PRAGMA page_count").getLong(1));
            }
            return null;
        });
    }
}
