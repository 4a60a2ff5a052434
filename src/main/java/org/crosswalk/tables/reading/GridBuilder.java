package org.crosswalk.tables.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a reader's rows into a {@link Grid}: blank rows are left out and every row is padded
 * with "" to the widest row, so a column means the same thing in every row.
 */
final class GridBuilder {
    private final List<GridRow> rows = new ArrayList<>();
    private int width;

    /** Adds the row unless every cell is blank. */
    void add(int line, List<String> cells, boolean spanning) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        width = Math.max(width, cells.size());
        rows.add(new GridRow(line, cells, spanning));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }

    Grid build(String source) {
        List<GridRow> padded = new ArrayList<>(rows.size());
        for (GridRow row : rows) {
            if (row.cells().size() == width) {
                padded.add(row);
            } else {
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() < width) {
                    cells.add("");
                }
                padded.add(new GridRow(row.line(), cells, row.spanning()));
            }
        }
        return CrosswalkExports.restoreIfOwn(new Grid(source, padded));
    }
}
