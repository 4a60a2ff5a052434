package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.SaveFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace file deleted or replaced by another program while it is open. SQLite keeps writing
 * to the file it opened, which no longer has a name: without a check, every later edit would look
 * saved and be lost when the window closes.
 */
class FileGoneTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private Path file;

    @BeforeEach
    void writeSample() throws Exception {
        file = StoreFixtures.closedSample(dir.resolve("Board paper.crosswalk"));
    }

    @Test
    void deletedWhileOpenTheNextEditIsRefusedAndTheWorkCanStillBeSavedAsACopy() throws Exception {
        Path copy = dir.resolve("Rescued.crosswalk");
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            UUID board = workspace.load().board().id();
            workspace.history().execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "Healthy places"));
            WorkspaceContent committed = workspace.load();

            Files.delete(file);
            SaveFailedException refused = assertThrows(SaveFailedException.class, () -> workspace.history()
                    .execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "Lost theme")));
            assertTrue(refused.getMessage().contains("“Board paper.crosswalk” was deleted, moved or replaced"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("Save a Copy As"), refused.getMessage());
            assertThrows(SaveFailedException.class, () -> workspace.history().undo());
            assertEquals(committed, workspace.load());

            workspace.saveCopyAs(copy);
        }
        assertTrue(Files.notExists(file), "closing does not bring back a file the person deleted");
        assertTrue(Files.notExists(FileLock.lockFileOf(file)));
        try (Workspace rescued = StoreFixtures.files(clock).open(copy, false)) {
            assertTrue(rescued.load().themes().stream().anyMatch(t -> t.title().equals("Healthy places")));
            assertTrue(rescued.load().themes().stream().noneMatch(t -> t.title().equals("Lost theme")));
        }
    }

    @Test
    void replacedWhileOpenTheNewFileIsLeftAloneAndTheNextEditIsRefused() throws Exception {
        Path other = dir.resolve("Other board.crosswalk");
        try (Workspace workspace = StoreFixtures.files(clock).create(other, "Other board", "")) {
            workspace.history().execute(OutlineEdits.addTheme(workspace.load().board().id(), UUID.randomUUID(),
                    "Their theme"));
        }
        String replacement = StoreFixtures.sha256(other);
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            UUID board = workspace.load().board().id();
            // A sync tool or a copy from a colleague puts another file in its place.
            Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertThrows(SaveFailedException.class, () -> workspace.history()
                    .execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "Mine")));
        }
        assertEquals(replacement, StoreFixtures.sha256(file), "the file put in its place was not touched");
        try (Workspace now = StoreFixtures.files(clock).open(file, false)) {
            assertEquals("Other board", now.load().board().name());
        }
    }

    @Test
    void editsGoOnWhileTheFileStaysPut() throws Exception {
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            UUID board = workspace.load().board().id();
            for (int i = 0; i < 3; i++) {
                workspace.history().execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "Theme " + i));
            }
            workspace.history().undo();
            assertEquals(5, workspace.load().themes().size());
        }
    }
}
