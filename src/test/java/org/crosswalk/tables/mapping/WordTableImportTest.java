package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.TableFile;
import org.crosswalk.tables.reading.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance (issue 6): the seed paper's section-3 table in a Word document, as the officers
 * typed it, imported into a workspace with only the built-in plan, gives the sample's table:
 * priorities, sub-items, links (item and excerpt) and "no mention" statements.
 */
class WordTableImportTest {
    @TempDir
    Path dir;

    @Test
    void theSeedPapersTableReproducesTheSample() throws Exception {
        WorkspaceContent sample;
        try (Workspace workspace = MappingBench.sample(dir)) {
            sample = workspace.load();
        }
        TableFile file = TableFiles.read(SeedDocument.write(sample, dir.resolve("HIB paper.docx")));
        assertEquals(2, file.grids().size(), "the contacts table and the mapping table");
        Grid grid = TableImport.mostCiting(file.grids());
        assertTrue(grid.rows().stream().anyMatch(r -> r.spanning() && r.cell(0).equals("Keeping Yourself Healthy / Prevent")), "theme rows merged across the table");
        assertTrue(grid.rows().stream().anyMatch(r -> r.cell(0).isEmpty() && r.cell(1).startsWith("varies between")),
                "a quote carried on in the next row");
        assertTrue(grid.rows().stream().anyMatch(r -> r.cell(1).startsWith("• 1.43. Digital technology")),
                "passages typed with a dash in front");
        try (Workspace target = MappingBench.planOnly(dir, "From Word")) {
            TablePreview preview = TableImport.preview(grid, target.load(), null);
            assertEquals("[]", preview.unmatched().toString());
            assertEquals("NHS LTP", preview.plan().label());
            target.history().execute(TableImportEdit.of(preview));
            MappingBench.assertSameTable(sample, target.load());
        }
    }
}
