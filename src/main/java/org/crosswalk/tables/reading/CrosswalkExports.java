package org.crosswalk.tables.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosswalk.export.sheets.CellSafety;
import org.crosswalk.export.sheets.SpreadsheetRows;
import org.crosswalk.export.sheets.SpreadsheetRows.Column;

/**
 * Recognises a table Crosswalk exported itself (its header row names the export's columns) and
 * undoes the export's protection against formulas ({@link CellSafety#restore}), so reading
 * Crosswalk's own XLSX or CSV gives back exactly the texts it wrote. Other tables are left as
 * they are: an apostrophe typed at the start of a cell elsewhere is the person's own text.
 */
final class CrosswalkExports {
    private CrosswalkExports() {
    }

    /** Whether the first row is the header row of Crosswalk's XLSX or CSV export. */
    static boolean isOwnExport(Grid grid) {
        if (grid.rows().isEmpty()) {
            return false;
        }
        List<String> header = grid.rows().get(0).cells();
        List<Column> named = new ArrayList<>();
        for (String cell : header) {
            if (cell.isBlank()) {
                continue;
            }
            Optional<Column> column = Column.forHeader(cell.strip());
            if (column.isEmpty()) {
                return false;
            }
            named.add(column.get());
        }
        return named.contains(Column.THEME) && named.contains(Column.PRIORITY) && named.contains(Column.STATUS)
                && named.size() >= SpreadsheetRows.columns().size() / 2;
    }

    static Grid restoreIfOwn(Grid grid) {
        if (!isOwnExport(grid)) {
            return grid;
        }
        return restored(grid, 1);
    }

    /** The "About" sheet of Crosswalk's own workbook, every cell restored (its labels are never risky). */
    static Grid restoreAbout(Grid about) {
        return restored(about, 0);
    }

    private static Grid restored(Grid grid, int fromRow) {
        List<GridRow> rows = new ArrayList<>(grid.rows().subList(0, fromRow));
        for (GridRow row : grid.rows().subList(fromRow, grid.rows().size())) {
            rows.add(new GridRow(row.line(), row.cells().stream().map(CellSafety::restore).toList(), row.spanning()));
        }
        return new Grid(grid.source(), rows);
    }
}
