package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.assertNoSidecars;
import static org.crosswalk.store.StoreFixtures.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files this user may not change, and files already open in this process. */
class FileAccessTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private Path file;
    private WorkspaceContent original;

    @BeforeEach
    void writeSample() throws Exception {
        file = dir.resolve("Board paper.crosswalk");
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), file)) {
            original = workspace.load();
        }
    }

    @Test
    void readOnlyFileIsRefusedForEditingButOpensReadOnly() throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "permissions are not enforced for this user (root)");
        String before = sha256(file);

        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> StoreFixtures.files(clock).open(file, false));
        assertEquals(WorkspaceProblem.Kind.READ_ONLY, problem.kind());
        assertTrue(problem.canOpenReadOnly());
        assertTrue(problem.getMessage().contains("“Board paper.crosswalk”"), problem.getMessage());
        assertTrue(problem.getMessage().contains("open it read-only"), problem.getMessage());
        assertEquals(before, sha256(file));
        assertNoSidecars(file);

        try (Workspace viewer = StoreFixtures.files(clock).open(file, true)) {
            assertTrue(viewer.isReadOnly());
            assertEquals(original, viewer.load());
            assertEditsRefused(viewer);
        }
        assertEquals(before, sha256(file));
        // Known limit: SQLite's read-only connection to a write-protected WAL file in a writable
        // folder leaves (empty) -wal and -shm files; it cannot remove them. No Crosswalk lock is left.
        assertTrue(Files.notExists(FileLock.lockFileOf(file)));
    }

    @Test
    void readOnlyViewRefusesEditsUndoAndRedoAndLeavesNothingBehind() throws Exception {
        String before = sha256(file);
        try (Workspace viewer = StoreFixtures.files(clock).open(file, true)) {
            assertTrue(viewer.isReadOnly());
            assertEquals(original, viewer.load());
            assertEditsRefused(viewer);
            assertThrows(EditRejectedException.class, () -> viewer.history().undo());
            assertThrows(EditRejectedException.class, () -> viewer.history().redo());
            assertEquals(0L, viewer.history().revision());
        }
        assertEquals(before, sha256(file));
        assertNoSidecars(file);
    }

    @Test
    void aClosedWorkspaceIsOneFileThatAReadOnlyLookLeavesAlone() throws Exception {
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            workspace.history().execute(OutlineEdits.addTheme(original.board().id(), UUID.randomUUID(), "Places"));
        }
        assertNoSidecars(file);
        String closed = sha256(file);
        try (Workspace viewer = StoreFixtures.files(clock).open(file, true)) {
            assertEquals(4, viewer.load().themes().size());
        }
        assertNoSidecars(file);
        assertEquals(closed, sha256(file), "looking does not change a byte");
    }

    @Test
    void sameFileOpenedTwiceInThisProcessIsInUse() throws Exception {
        try (Workspace first = StoreFixtures.files(clock).open(file, false)) {
            WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                    () -> StoreFixtures.files(clock).open(file, false));
            assertEquals(WorkspaceProblem.Kind.IN_USE, problem.kind());
            assertTrue(problem.canOpenReadOnly());
            assertTrue(problem.getMessage().contains("“Board paper.crosswalk”"), problem.getMessage());
            assertTrue(problem.getMessage().contains("open it read-only"), problem.getMessage());

            // The same file under another spelling of its path is the same file.
            Path spelledDifferently = dir.resolve(".").resolve("Board paper.crosswalk");
            assertEquals(WorkspaceProblem.Kind.IN_USE, assertThrows(WorkspaceProblem.class,
                    () -> StoreFixtures.files(clock).open(spelledDifferently, false)).kind());

            // Read-only alongside the open window: it sees the edits made there.
            UUID theme = original.themes().get(0).id();
            first.history().execute(OutlineEdits.renameTheme(theme, "Prevent"));
            try (Workspace viewer = StoreFixtures.files(clock).open(file, true)) {
                assertEquals("Prevent", viewer.load().theme(theme).orElseThrow().title());
                assertEditsRefused(viewer);
            }
            assertEquals("Prevent", first.load().theme(theme).orElseThrow().title());
        }
        // Once the first window closes, the file opens for editing again.
        try (Workspace again = StoreFixtures.files(clock).open(file, false)) {
            assertTrue(!again.isReadOnly());
        }
        assertNoSidecars(file);
    }

    private void assertEditsRefused(Workspace viewer) throws Exception {
        WorkspaceContent before = viewer.load();
        EditRejectedException refused = assertThrows(EditRejectedException.class, () -> viewer.history()
                .execute(OutlineEdits.renameBoard(before.board().id(), "Another board", "")));
        assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Save a Copy As"), refused.getMessage());
        assertEquals(before, viewer.load());
    }
}
