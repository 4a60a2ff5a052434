package org.crosswalk.tables.reading;

import java.util.List;

/**
 * One row of a {@link Grid}.
 *
 * @param line     where the row stands in the file, counted as its user counts (row 7 of the
 *                 sheet, line 12 of the CSV, row 3 of the Word table), for messages
 * @param cells    the cells' texts, left to right; a cell's paragraphs are joined with a line
 *                 break and list entries begin "• "; empty cells are ""
 * @param spanning true when one cell spans the whole row (a Word theme row merged across the
 *                 table, or a spreadsheet row with only its first cell filled and merged)
 */
public record GridRow(int line, List<String> cells, boolean spanning) {
    public GridRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code column}, or "" past the row's end. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
