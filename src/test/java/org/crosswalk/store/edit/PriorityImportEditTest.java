package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.Priority;
import org.crosswalk.tables.priorities.ColumnMapping;
import org.crosswalk.tables.priorities.PriorityImport;
import org.crosswalk.tables.priorities.PriorityImportPreview;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The priorities import (tables.priorities) as an edit, through the checks every edit passes:
 * undo and redo restore every row and stamp, the change log, and the file after reopening. It
 * sits here because {@link EditBench} does.
 */
class PriorityImportEditTest {
    @TempDir
    Path dir;
    private EditBench bench;

    @BeforeEach
    void openSample() throws Exception {
        bench = EditBench.sample(dir);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void newThemePrioritiesAndSubItemsOfAnExistingPriorityInOneEdit() throws Exception {
        Grid grid = new Grid("t.csv", List.of(
                new GridRow(1, List.of("Theme", "Priority", "Sub-items", "Lead"), false),
                new GridRow(2, List.of("Healthy places", "Warm homes", "Insulation\nDamp checks", "Housing"), false),
                new GridRow(3, List.of("", "Cold homes", "", ""), false),
                new GridRow(4, List.of("Keeping Yourself Healthy / Prevent", "immunisation", "Flu for carers", ""),
                        false)));
        PriorityImportPreview preview = PriorityImport.preview(PriorityImport.fromGrid(grid, ColumnMapping.guess(grid)),
                bench.content());
        int themesBefore = bench.content().themes().size();
        Priority immunisation = bench.priority("Immunisation");
        bench.roundTrip(PriorityImport.edit(preview), "Import 1 theme, 2 priorities and 3 sub-items", after -> {
            assertEquals(themesBefore + 1, after.themes().size());
            assertEquals("Flu for carers", after.subItemsOf(immunisation.id()).get(
                    after.subItemsOf(immunisation.id()).size() - 1).text());
            Priority warm = after.priorities().stream().filter(p -> p.title().equals("Warm homes")).findFirst()
                    .orElseThrow();
            assertEquals("Housing", warm.lead());
            assertEquals(List.of("Insulation", "Damp checks"), after.subItemsOf(warm.id()).stream()
                    .map(s -> s.text()).toList());
        });
    }
}
