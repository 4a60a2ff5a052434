package org.crosswalk.export.html;

import org.crosswalk.export.Paper;

/**
 * A rough height, in millimetres on an A4 page, of a priority row as the paper's style sheet sets
 * it (11 pt text, 32 % / 68 % columns). Used to decide which rows are short enough to keep on one
 * page: keeping every row together left half-empty pages after each long row.
 */
final class RowHeight {
    /** Rows up to this height never split across pages; about 40 % of the page body. */
    static final double KEEP_TOGETHER_MM = 100;

    private static final double LINE_MM = 5.24;          // 11 pt × 1.35
    private static final double PARAGRAPH_GAP_MM = 1.75; // 0.45 em
    private static final double CELL_PADDING_MM = 3.6;   // 5 pt top and bottom
    private static final int PLAN_CHARS_PER_LINE = 55;
    private static final int PRIORITY_CHARS_PER_LINE = 24;

    private RowHeight() {
    }

    static double of(Paper.PriorityRow row, boolean showSubItems) {
        double plan = 0;
        if (row.quotes().isEmpty()) {
            plan = LINE_MM;
        }
        for (Paper.Quote quote : row.quotes()) {
            int chars = PaperHtml.quoteText(quote).length() + quote.numberPrefix().length()
                    + (quote.citation() == null ? 0 : quote.citation().length() + 1);
            plan += lines(chars, PLAN_CHARS_PER_LINE) * LINE_MM + PARAGRAPH_GAP_MM;
            if (quote.note() != null && !quote.note().isBlank()) {
                plan += lines(quote.note().length() + 6, PLAN_CHARS_PER_LINE) * LINE_MM;
            }
        }
        double priority = lines(row.priority().length(), PRIORITY_CHARS_PER_LINE) * LINE_MM + PARAGRAPH_GAP_MM;
        if (showSubItems) {
            for (String item : row.subItems()) {
                priority += lines(item.length(), PRIORITY_CHARS_PER_LINE - 3) * LINE_MM;
            }
        }
        if (row.note() != null && !row.note().isBlank()) {
            priority += lines(row.note().length(), PRIORITY_CHARS_PER_LINE) * LINE_MM + PARAGRAPH_GAP_MM;
        }
        return Math.max(plan, priority) + CELL_PADDING_MM;
    }

    static boolean keepTogether(Paper.PriorityRow row, boolean showSubItems) {
        return of(row, showSubItems) <= KEEP_TOGETHER_MM;
    }

    /** A quote of more than about twelve lines, which may break across pages. */
    static boolean longQuote(Paper.Quote quote) {
        return PaperHtml.quoteText(quote).length() > 12 * PLAN_CHARS_PER_LINE;
    }

    private static int lines(int chars, int perLine) {
        return Math.max(1, (chars + perLine - 1) / perLine);
    }
}
