package org.crosswalk.tables.priorities;

import java.util.List;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;

/**
 * Reads priorities from the rows of a table, the way people type them in a spreadsheet: a blank
 * theme cell means the theme of the row above; a row with one cell across the table (a merged
 * theme row) starts a theme; several sub-items in one cell are one per line; a priority
 * repeated on the next rows (one row per sub-item) is the same priority.
 */
final class GridPriorities {
    /** Excel's own limit for the text of a cell (LibreOffice's is larger; real tables stay far below both). */
    static final int MAX_CELL_TEXT = 32_767;

    private GridPriorities() {
    }

    static ImportedPriorities read(Grid grid, ColumnMapping mapping) {
        PriorityCollector collector = new PriorityCollector().naming("Row");
        List<GridRow> rows = grid.rows();
        for (int r = mapping.headerRow() + 1; r < rows.size(); r++) {
            GridRow row = rows.get(r);
            if (row.spanning()) {
                collector.theme(firstFilled(row));
                continue;
            }
            String theme = mapping.cell(row, ColumnRole.THEME);
            String priority = mapping.cell(row, ColumnRole.PRIORITY);
            String subItems = mapping.cell(row, ColumnRole.SUB_ITEMS);
            String note = mapping.cell(row, ColumnRole.NOTE);
            String lead = mapping.cell(row, ColumnRole.LEAD);
            if (tooLong(theme, priority, subItems, note, lead)) {
                collector.problem(row.line(), "has a cell of more than " + MAX_CELL_TEXT + " characters, more than a "
                        + "spreadsheet cell can hold, so it is not a priority someone typed: it was left out. Shorten "
                        + "it and import again.");
                continue;
            }
            if (!Wording.tidy(theme).isEmpty()) {
                collector.theme(theme);
            }
            if (Wording.tidy(priority).isEmpty()) {
                leftOut(collector, row.line(), subItems, note, lead);
                continue;
            }
            collector.priority(priority, row.line());
            Wording.lines(subItems).forEach(collector::subItem);
            collector.note(Wording.multiline(note));
            collector.lead(Wording.multiline(lead));
        }
        return collector.result(grid.source());
    }

    /** A row with sub-items, a note or a lead but no priority says so; a theme-only row is fine. */
    private static void leftOut(PriorityCollector collector, int line, String subItems, String note, String lead) {
        String what = !subItems.isEmpty() ? (Wording.lines(subItems).size() > 1 ? "sub-items" : "a sub-item")
                : !note.isEmpty() ? "a note" : !lead.isEmpty() ? "a lead" : null;
        if (what != null) {
            collector.problem(line, "has " + what + " but no priority: it was left out.");
        }
    }

    private static boolean tooLong(String... cells) {
        for (String cell : cells) {
            if (cell.length() > MAX_CELL_TEXT) {
                return true;
            }
        }
        return false;
    }

    private static String firstFilled(GridRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    }
}
