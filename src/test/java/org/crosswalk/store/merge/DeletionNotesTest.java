package org.crosswalk.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deletion leaves a note of each row it removed, and undoing it takes the notes away again. */
class DeletionNotesTest {
    @TempDir
    Path folder;

    @Test
    void deletingAPriorityNotesItAndEverythingUnderItUntilUndone() throws Exception {
        Laptops laptops = new Laptops(folder);
        WorkspaceContent before = laptops.content(laptops.master);
        Priority priority = before.priorities().stream().filter(p -> !before.linksOf(p.id()).isEmpty())
                .findFirst().orElseThrow();
        int rows = 1 + before.linksOf(priority.id()).size() + before.subItemsOf(priority.id()).size();
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            master.history().execute(OutlineEdits.deletePriority(priority.id()));
            List<Map<String, Object>> notes = StoreFixtures.query(laptops.master,
                    "SELECT table_name, deleted_by FROM deleted_row");
            assertEquals(rows, notes.size());
            assertEquals(1, notes.stream().filter(n -> n.get("table_name").equals("priority")).count());
            notes.forEach(n -> assertEquals("Sam Secretary", n.get("deleted_by")));
            master.history().undo();
            assertEquals(0L, ((Number) StoreFixtures.scalar(laptops.master, "SELECT count(*) FROM deleted_row"))
                    .longValue());
        }
    }
}
