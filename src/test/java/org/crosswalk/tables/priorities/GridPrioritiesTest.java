package org.crosswalk.tables.priorities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosswalk.export.sheets.SheetExpectations;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.junit.jupiter.api.Test;

/** Columns guessed from headers, spreadsheet habits, and the problems reported per row. */
class GridPrioritiesTest {

    @Test
    void columnsInAnyOrderAndCaseWithExtraColumnsIgnored() {
        Grid grid = grid(List.of("LEAD OFFICER", "Key actions", "Status", "Local priority", "Comments", "theme"),
                List.of("DPH", "• Stop smoking services\n• Smokefree homes", "Green", "Reduce smoking", "Big one",
                        "Prevent"));
        ColumnMapping mapping = ColumnMapping.guess(grid);
        assertEquals(Map.of(0, ColumnRole.LEAD, 1, ColumnRole.SUB_ITEMS, 3, ColumnRole.PRIORITY, 4, ColumnRole.NOTE,
                5, ColumnRole.THEME), mapping.roles());
        ImportedPriorities read = PriorityImport.fromGrid(grid, mapping);
        assertEquals(List.of(new ImportedPriorities.Theme("Prevent", List.of(new ImportedPriorities.Priority(
                "Reduce smoking", List.of("Stop smoking services", "Smokefree homes"), "Big one", "DPH", 2)))),
                read.themes());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void blankThemeMeansTheOneAboveAndARepeatedPriorityIsOnePriority() {
        Grid grid = grid(List.of("Theme", "Priority", "Sub-item"),
                List.of("Prevent", "Reduce smoking", "Stop smoking services"),
                List.of("", "reduce  SMOKING", "Smokefree homes"),
                List.of("", "Immunisation", "Flu\nMMR"),
                List.of("Reduce", "Falls", ""),
                List.of("Healthy places", "", ""));
        ImportedPriorities read = PriorityImport.fromGrid(grid, ColumnMapping.guess(grid));
        assertEquals(List.of("Prevent", "Reduce", "Healthy places"), read.themes().stream()
                .map(ImportedPriorities.Theme::title).toList(), "a theme-only row makes a theme without priorities");
        ImportedPriorities.Theme prevent = read.themes().get(0);
        assertEquals(List.of("Reduce smoking", "Immunisation"), prevent.priorities().stream()
                .map(ImportedPriorities.Priority::title).toList());
        assertEquals(List.of("Stop smoking services", "Smokefree homes"), prevent.priorities().get(0).subItems());
        assertEquals(List.of("Flu", "MMR"), prevent.priorities().get(1).subItems());
    }

    @Test
    void rowsWithoutAPriorityAreReportedByTheirLine() {
        Grid grid = new Grid("t.csv", List.of(row(1, "Priority", "Sub-items", "Notes"), row(2, "Smoking", "", ""),
                row(12, "", "Orphan", ""), row(13, "", "", "Just a note")));
        ImportedPriorities read = PriorityImport.fromGrid(grid, ColumnMapping.guess(grid));
        assertEquals(List.of(
                new ImportProblem(2, "Row 2 has a priority but no theme above it: it and the priorities after it "
                        + "without a theme go under the theme “Imported priorities”."),
                new ImportProblem(12, "Row 12 has a sub-item but no priority: it was left out."),
                new ImportProblem(13, "Row 13 has a note but no priority: it was left out.")), read.problems());
        assertEquals(1, read.priorityCount());
    }

    @Test
    void mergedThemeRowsStartThemesAndTheHeaderMayBeBelowATitle() {
        Grid grid = new Grid("t", List.of(row(1, "Board priorities 2019", "", ""), row(3, "Priority", "Actions", ""),
                new GridRow(4, List.of("Prevent", "", ""), true), row(5, "Smoking", "Quit", "")));
        ColumnMapping mapping = ColumnMapping.guess(grid);
        assertEquals(1, mapping.headerRow());
        ImportedPriorities read = PriorityImport.fromGrid(grid, mapping);
        assertEquals("Prevent", read.themes().get(0).title());
        assertEquals(List.of("Quit"), read.themes().get(0).priorities().get(0).subItems());
    }

    @Test
    void thePersonCanOverrideTheGuess() {
        Grid grid = grid(List.of("Area", "What we will do", "Who"), List.of("Prevent", "Reduce smoking", "DPH"));
        ColumnMapping guessed = ColumnMapping.guess(grid);
        assertEquals(-1, guessed.headerRow(), "no header names a priority column");
        ColumnMapping mapping = guessed.withHeaderRow(0).with(0, ColumnRole.THEME).with(1, ColumnRole.PRIORITY)
                .with(2, ColumnRole.LEAD);
        assertEquals(Optional.of(2), mapping.column(ColumnRole.LEAD));
        ImportedPriorities.Priority priority = PriorityImport.fromGrid(grid, mapping).themes().get(0).priorities().get(0);
        assertEquals("DPH", priority.lead());
        assertEquals(Optional.empty(), mapping.with(2, null).column(ColumnRole.LEAD));
        assertEquals(Optional.of(1), mapping.with(1, ColumnRole.LEAD).column(ColumnRole.LEAD), "one column per role");
    }

    @Test
    void crosswalksOwnHeaderTakesThePriorityNoteNotTheLinkNote() {
        Grid grid = grid(SheetExpectations.header());
        ColumnMapping mapping = ColumnMapping.guess(grid);
        assertEquals(Map.of(0, ColumnRole.THEME, 1, ColumnRole.PRIORITY, 2, ColumnRole.SUB_ITEMS, 13, ColumnRole.NOTE,
                14, ColumnRole.LEAD), mapping.roles());
    }

    @SafeVarargs
    private static Grid grid(List<String>... rows) {
        List<GridRow> gridRows = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            gridRows.add(new GridRow(i + 1, rows[i], false));
        }
        return new Grid("test", gridRows);
    }

    private static GridRow row(int line, String... cells) {
        return new GridRow(line, List.of(cells), false);
    }
}
