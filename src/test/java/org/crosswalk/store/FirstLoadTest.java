package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first load after opening reuses the reading made to check the file, never a stale one. */
class FirstLoadTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();

    @Test
    void theFirstLoadIsTheFileAsItIs() throws Exception {
        Path file = dir.resolve("Board.crosswalk");
        StoreFixtures.sample(StoreFixtures.files(clock), file).close();
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            WorkspaceContent first = workspace.load();
            assertEquals(first, workspace.load(), "the same content read again");
        }
    }

    @Test
    void anEditBeforeTheFirstLoadIsInIt() throws Exception {
        Path file = dir.resolve("Board.crosswalk");
        StoreFixtures.sample(StoreFixtures.files(clock), file).close();
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            Priority any = StoreFixtures.files(clock).open(file, true).load().priorities().get(0);
            workspace.history().execute(OutlineEdits.renamePriority(any.id(), "Renamed before the first load"));
            assertEquals("Renamed before the first load",
                    workspace.load().priority(any.id()).orElseThrow().title());
        }
    }
}
