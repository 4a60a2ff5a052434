package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed paper's table, as a Word reader gives it, imported into a workspace with only the plan. */
class BoardTableImportTest {
    @TempDir
    Path dir;

    @Test
    void theSeedTableReproducesTheSample() throws Exception {
        WorkspaceContent sample;
        try (Workspace workspace = MappingBench.sample(dir)) {
            sample = workspace.load();
        }
        try (Workspace target = MappingBench.planOnly(dir, "Imported")) {
            TablePreview preview = TableImport.preview(SeedGrid.of(sample), target.load(), null);
            assertEquals("[]", preview.unmatched().toString());
            assertEquals(3, preview.newThemes());
            assertEquals(13, preview.newPriorities());
            assertEquals(sample.links().size(), preview.newLinks());
            assertEquals(3, preview.noMentions());
            target.history().execute(TableImportEdit.of(preview));
            MappingBench.assertSameTable(sample, target.load());
        }
    }
}
