package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window says when a change cannot reach the file. */
class ChangeNotSavedTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceFileDeletedWhileOpenRefusesTheNextChangeAndSaysHowToKeepTheWork() throws Exception {
        UiTestBench bench = new UiTestBench(dir).withSample();
        WorkspaceSession session = bench.session;
        WorkspaceContent before = session.contentProperty().get();
        Path file = session.workspaceProperty().get().path();

        Files.delete(file); // another program, or the person in a file manager
        session.execute(OutlineEdits.addTheme(before.board().id(), UUID.randomUUID(), "Healthy places"));

        assertEquals(1, bench.dialogs.shown.size(), bench.dialogs.shown.toString());
        String shown = bench.dialogs.shown.get(0);
        assertTrue(shown.startsWith("Change not saved: "), shown);
        assertTrue(shown.contains("was deleted, moved or replaced"), shown);
        assertTrue(shown.contains("Save a Copy As"), shown);
        assertEquals("The last change was not saved", session.statusProperty().get());
        assertEquals(before, session.contentProperty().get(), "the window still shows the work as it was");
    }
}
