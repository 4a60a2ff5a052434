package org.crosswalk.tables.reading;

import java.util.List;

/**
 * A table read from a spreadsheet, a CSV file or a Word document, before anyone decides what its
 * columns mean: rows of cell texts, top to bottom, as a person sees them. Every format is read
 * into this shape, so importing priorities or a whole mapping table is written once.
 *
 * @param source what the table is, for messages ("Sheet “Mapping” of priorities.xlsx", "Table 2 of paper.docx")
 * @param rows   the rows in order, blank rows left out
 */
public record Grid(String source, List<GridRow> rows) {
    public Grid {
        rows = List.copyOf(rows);
    }
}
