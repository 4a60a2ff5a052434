package org.crosswalk.tables.mapping;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.crosswalk.tables.reading.TableReadException;

/**
 * Which column of a board's table holds the local priority and which the national plan's text.
 * A header row ("HIB Priority | NHS Long Term Plan objective") names them, and may name a theme
 * column too (a spreadsheet's way of grouping); without one, the priority is the first column and
 * the plan text the second, and themes are rows of their own.
 */
record TableColumns(int priority, int plan, int theme, List<String> header) {
    private static final Pattern PRIORITY_WORDS = Pattern.compile("priorit|local|\\bour\\b|\\bboard\\b|\\bhib\\b|\\bhwb\\b");
    private static final Pattern THEME_WORDS = Pattern.compile("^(?:theme|group|area|domain|section)s?$");
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "plan|national|nhs|ltp|objective|paragraph|commitment|evidence|link|mapping");
    /** Header cells are short labels; a priority row's plan cell is long or cites something. */
    private static final int LONGEST_HEADER_CELL = 60;

    static TableColumns find(Grid grid) throws TableReadException {
        int width = grid.rows().stream().mapToInt(r -> (int) r.cells().stream().filter(c -> !c.isBlank()).count())
                .max().orElse(0);
        if (width < 2) {
            throw new TableReadException("The table in " + grid.source() + " has only one column, so there is no "
                    + "national plan text beside the priorities. A mapping table has the local priority in one "
                    + "column and the plan's paragraphs in the next.");
        }
        for (GridRow row : grid.rows()) {
            if (row.spanning() || row.cells().stream().filter(c -> !c.isBlank()).count() < 2) {
                continue; // theme rows and blank rows come before the header in many papers
            }
            if (!looksLikeHeader(row)) {
                return new TableColumns(0, 1, -1, List.of());
            }
            int priority = column(row, PRIORITY_WORDS, -1);
            if (priority < 0) {
                throw new TableReadException("No column of the table in " + grid.source() + " names the local "
                        + "priorities: its header row reads “" + String.join(" | ", row.cells()).strip() + "”. Give the "
                        + "table a header row that names them, “Priority | National plan”, and import it again.");
            }
            int plan = column(row, PLAN_WORDS, priority);
            int theme = column(row, THEME_WORDS, priority);
            return new TableColumns(priority, plan < 0 ? priority + 1 : plan, theme, row.cells());
        }
        return new TableColumns(0, 1, -1, List.of());
    }

    /** True for the header row, and its repeats under each theme. */
    boolean isHeader(GridRow row) {
        return !header.isEmpty() && row.cells().equals(header)
                || !row.spanning() && looksLikeHeader(row) && column(row, PRIORITY_WORDS, -1) >= 0
                && column(row, PLAN_WORDS, column(row, PRIORITY_WORDS, -1)) >= 0;
    }

    private static boolean looksLikeHeader(GridRow row) {
        long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
        return filled >= 2 && row.cells().stream().allMatch(c -> c.length() <= LONGEST_HEADER_CELL
                && !c.contains("\n") && CitationReader.read(c).passages().stream()
                .allMatch(p -> p.numbers().isEmpty() && p.page() == null)
                && CitationReader.read(c).noMention() == null);
    }

    /** The first column whose header matches, other than {@code not}; -1 when none does. */
    private static int column(GridRow row, Pattern words, int not) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (c != not && words.matcher(row.cell(c).strip().toLowerCase(Locale.ROOT)).find()) {
                return c;
            }
        }
        return -1;
    }
}
