package org.crosswalk.tables.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * A Word paper that gives each theme its own table under a heading (Crosswalk's own Word export
 * does, as do many board papers) is one table in the reader's eyes: the tables, when each has a
 * heading before it and all share one header row, are joined into one {@link Grid} with the
 * header once and each heading as a row spanning the table, so importing it sees the themes.
 */
final class HeadedTables {
    private final List<Grid> tables = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();

    /** A table of the body and the last heading before it (null when there was none since the last table). */
    void add(Grid table, String heading) {
        tables.add(table);
        headings.add(heading);
    }

    /** The joined grid, or null when the tables are not laid out one per heading. */
    Grid joined(String fileName) {
        if (tables.size() < 2 || headings.contains(null)) {
            return null;
        }
        List<String> header = tables.get(0).rows().get(0).cells();
        if (tables.stream().anyMatch(t -> !t.rows().get(0).cells().equals(header))) {
            return null;
        }
        List<GridRow> rows = new ArrayList<>();
        rows.add(tables.get(0).rows().get(0));
        for (int t = 0; t < tables.size(); t++) {
            List<GridRow> own = tables.get(t).rows();
            rows.add(new GridRow(own.get(0).line(), List.of(headings.get(t)), true));
            rows.addAll(own.subList(1, own.size()));
        }
        return new Grid("Tables 1–" + tables.size() + " of " + fileName + " (one per heading)", rows);
    }
}
