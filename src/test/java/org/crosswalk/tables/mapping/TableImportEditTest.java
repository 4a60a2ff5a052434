package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import is one edit: undo takes every row back, redo brings them again, and it is on disk at once. */
class TableImportEditTest {
    @TempDir
    Path dir;

    @Test
    void undoRestoresEveryRowRedoAndReopenKeepTheImport() throws Exception {
        WorkspaceContent sample;
        try (Workspace workspace = MappingBench.sample(dir)) {
            sample = workspace.load();
        }
        Path file;
        WorkspaceContent imported;
        try (Workspace target = MappingBench.planOnly(dir, "Imported")) {
            file = target.path();
            TablePreview preview = TableImport.preview(SeedGrid.of(sample), target.load(), null);
            Map<String, List<Map<String, Object>>> before = StoreFixtures.dump(file);
            String description = target.history().execute(TableImportEdit.of(preview));
            assertEquals("Import table from Table 1 of “HIB paper.docx” (13 priorities, 26 links)", description);
            imported = target.load();
            Map<String, List<Map<String, Object>>> after = StoreFixtures.dump(file);

            assertEquals(Optional.of(description), target.history().undo());
            assertEquals(before, StoreFixtures.dump(file), "undo restores every row");
            assertEquals(Optional.of(description), target.history().redo());
            assertEquals(after, StoreFixtures.dump(file), "redo restores every row and stamp");
        }
        try (Workspace reopened = MappingBench.files().open(file, true)) {
            assertEquals(imported, reopened.load());
            MappingBench.assertSameTable(sample, reopened.load());
        }
    }

    @Test
    void newPrioritiesJoinAnExistingThemeAfterItsOwnAndLinksFollowExistingOnes() throws Exception {
        try (Workspace sample = MappingBench.sample(dir)) {
            Grid grid = new Grid("Sheet “Extra” of extra.csv", List.of(
                    new GridRow(1, List.of("keeping yourself healthy / prevent"), true),
                    new GridRow(2, List.of("Reduce smoking prevalence", "3.43. (NHS LTP p. 54)"), false),
                    new GridRow(3, List.of("Oral health", "No specific mention."), false)));
            TablePreview preview = TableImport.preview(grid, sample.load(), "nhs ltp");
            assertEquals(0, preview.newThemes());
            sample.history().execute(TableImportEdit.of(preview));
            WorkspaceContent content = sample.load();
            var theme = content.themes().get(0);
            var priorities = content.prioritiesOf(theme.id());
            assertEquals("Oral health", priorities.get(priorities.size() - 1).title());
            assertEquals("No specific mention.", priorities.get(priorities.size() - 1).noMention());
            var smoking = priorities.stream().filter(p -> p.title().equals("Reduce smoking prevalence")).findFirst()
                    .orElseThrow();
            var links = content.linksOf(smoking.id());
            assertEquals(List.of(0, 1, 2, 3), links.stream().map(l -> l.position()).toList());
            assertEquals("3.43", content.item(links.get(3).planItemId()).orElseThrow().number());
        }
    }

    @Test
    void aTableAlreadyInTheWorkspaceChangesNothing() throws Exception {
        try (Workspace sample = MappingBench.sample(dir)) {
            TablePreview preview = TableImport.preview(SeedGrid.of(sample.load()), sample.load(), null);
            assertTrue(preview.changesNothing());
            assertEquals(List.of(), preview.unmatched());
            EditRejectedException refused = assertThrows(EditRejectedException.class,
                    () -> sample.history().execute(TableImportEdit.of(preview)));
            assertTrue(refused.getMessage().contains("is in the workspace already"), refused.getMessage());
        }
    }
}
