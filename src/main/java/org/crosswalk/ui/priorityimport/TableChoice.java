package org.crosswalk.ui.priorityimport;

import org.crosswalk.tables.reading.Grid;

/**
 * One thing in the file that priorities can be read from: a sheet or table ({@code grid}), or a
 * Word document's headings and bullet lists ({@code grid} null).
 */
public record TableChoice(String label, Grid grid) {
    /** What the outline choice is called. */
    public static final String OUTLINE_LABEL = "Headings and bullet lists";

    public static TableChoice outline() {
        return new TableChoice(OUTLINE_LABEL, null);
    }

    public boolean isOutline() {
        return grid == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
