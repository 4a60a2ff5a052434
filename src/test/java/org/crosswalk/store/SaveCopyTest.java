package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.assertNoSidecars;
import static org.crosswalk.store.StoreFixtures.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Save a Copy As…: a complete copy, or nothing at all. */
class SaveCopyTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private Path file;
    private Workspace workspace;

    @BeforeEach
    void openSample() throws Exception {
        file = dir.resolve("Working.crosswalk");
        workspace = StoreFixtures.sample(StoreFixtures.files(clock), file);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void copyOpensWithTheSameContentAndRows() throws Exception {
        Path copy = dir.resolve("For the board.crosswalk");
        workspace.saveCopyAs(copy);
        WorkspaceContent original = workspace.load();
        assertNoSidecars(copy);
        try (Workspace opened = StoreFixtures.files(clock).open(copy, false)) {
            assertEquals(original, opened.load());
        }
        assertEquals(StoreFixtures.dump(file), StoreFixtures.dump(copy));

        // The copy is a snapshot: later edits stay in the working file.
        workspace.history().execute(OutlineEdits.renameBoard(original.board().id(), "Renamed", ""));
        try (Workspace opened = StoreFixtures.files(clock).open(copy, true)) {
            assertEquals(original, opened.load());
        }
    }

    @Test
    void copyReplacesAnOlderCopy() throws Exception {
        Path copy = dir.resolve("Copy.crosswalk");
        Files.writeString(copy, "last week's copy");
        workspace.saveCopyAs(copy);
        try (Workspace opened = StoreFixtures.files(clock).open(copy, true)) {
            assertEquals(workspace.load(), opened.load());
        }
        assertEquals(List.of("Copy.crosswalk", "Working.crosswalk", "Working.crosswalk-lock",
                "Working.crosswalk-shm", "Working.crosswalk-wal"), listing(dir));
    }

    @Test
    void readOnlyWorkspaceCanBeSavedAsAnEditableCopy() throws Exception {
        workspace.close();
        workspace = StoreFixtures.files(clock).open(file, true);
        Path copy = dir.resolve("My copy.crosswalk");
        workspace.saveCopyAs(copy);
        try (Workspace opened = StoreFixtures.files(clock).open(copy, false)) {
            assertEquals(workspace.load(), opened.load());
        }
        assertTrue(workspace.isReadOnly());
        assertThrows(org.crosswalk.store.edit.EditRejectedException.class, () -> workspace.history()
                .execute(OutlineEdits.renameBoard(workspace.load().board().id(), "Changed", "")));
    }

    @Test
    void savingOntoTheOpenFileItselfIsRefused() throws Exception {
        WorkspaceContent before = workspace.load();
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("Shortcut.crosswalk"), file);
        for (Path same : List.of(file, dir.resolve(".").resolve("Working.crosswalk"),
                dir.resolve("sub").resolve("..").resolve("Working.crosswalk"), link)) {
            WorkspaceProblem problem = assertThrows(WorkspaceProblem.class, () -> workspace.saveCopyAs(same),
                    same.toString());
            assertEquals(WorkspaceProblem.Kind.CANNOT_WRITE, problem.kind());
            assertTrue(problem.getMessage().contains("the file you are working in"), problem.getMessage());
        }
        assertEquals(before, workspace.load());
        // The working file is still the one being written to.
        workspace.history().execute(OutlineEdits.renameBoard(before.board().id(), "Still here", ""));
        workspace.close();
        workspace = StoreFixtures.files(clock).open(file, false);
        assertEquals("Still here", workspace.load().board().name());
    }

    @Test
    void savingIntoAMissingFolderFailsAndLeavesNoTemporaryFile() throws Exception {
        List<String> before = listing(dir);
        Path copy = dir.resolve("No such folder").resolve("Copy.crosswalk");
        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class, () -> workspace.saveCopyAs(copy));
        assertEquals(WorkspaceProblem.Kind.CANNOT_WRITE, problem.kind());
        assertTrue(problem.getMessage().contains("“Copy.crosswalk”"), problem.getMessage());
        assertTrue(problem.getMessage().contains("Your workspace is unchanged"), problem.getMessage());
        assertTrue(problem.getMessage().contains("Check that the folder exists"), problem.getMessage());
        assertEquals(before, listing(dir));
    }

    @Test
    void failureAfterTheCopyIsWrittenLeavesNoTemporaryFile() throws Exception {
        // The target is a folder with something in it: the copy is written, then cannot be moved there.
        Path folder = Files.createDirectories(dir.resolve("Papers.crosswalk"));
        Files.writeString(folder.resolve("agenda.txt"), "HIB agenda");
        List<String> before = userFiles(dir);
        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class, () -> workspace.saveCopyAs(folder));
        assertEquals(WorkspaceProblem.Kind.CANNOT_WRITE, problem.kind());
        assertEquals(before, userFiles(dir));
        assertEquals(List.of("agenda.txt"), listing(folder));
        assertNotEquals(0, workspace.load().themes().size());
    }

    /** The folder's files, leaving out the -wal and -shm files SQLite keeps beside an open workspace. */
    private static List<String> userFiles(Path folder) throws Exception {
        return listing(folder).stream().filter(name -> !name.endsWith("-wal") && !name.endsWith("-shm")).toList();
    }
}
