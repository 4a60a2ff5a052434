package org.crosswalk.export.sheets;

import java.time.LocalDate;
import org.crosswalk.export.progress.ProgressReport;

/**
 * The progress report as one flat table, shared by the XLSX and CSV exports: one row per
 * priority, in the paper's order, with its theme repeated so each row stands alone when the
 * table is filtered or sorted. Dates are real dates (ISO in the CSV, which Excel reads as dates).
 */
final class ProgressRows {
    private ProgressRows() {
    }

    /** The columns, in order, with their header text and a sensible width in characters. */
    enum Column {
        THEME("Theme", 24, true), PRIORITY("Priority", 36, true), LEAD("Lead", 20, true),
        STATUS("Status", 13, false), DUE("Due", 12, false), OVERDUE("Overdue", 9, false),
        ACTION("Action", 36, true), UPDATE("Latest update", 48, true), UPDATED_ON("Updated on", 12, false),
        UPDATED_BY("Updated by", 20, false);

        final String header;
        final int width;
        final boolean wraps;

        Column(String header, int width, boolean wraps) {
            this.header = header;
            this.width = width;
            this.wraps = wraps;
        }

        boolean isDate() {
            return this == DUE || this == UPDATED_ON;
        }
    }

    /** The value of {@code column} for {@code row} as text (dates as yyyy-mm-dd; "" when empty). */
    static String text(ProgressReport.Row row, Column column) {
        return switch (column) {
            case THEME -> row.theme();
            case PRIORITY -> row.priority();
            case LEAD -> row.lead();
            case STATUS -> row.statusWords();
            case DUE -> iso(row.due());
            case OVERDUE -> row.overdue() ? "Yes" : "";
            case ACTION -> row.action();
            case UPDATE -> row.update();
            case UPDATED_ON -> iso(row.updatedOn());
            case UPDATED_BY -> row.updatedBy();
        };
    }

    /** The date in {@code column} (due or updated on), or null. */
    static LocalDate date(ProgressReport.Row row, Column column) {
        return column == Column.DUE ? row.due() : column == Column.UPDATED_ON ? row.updatedOn() : null;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
