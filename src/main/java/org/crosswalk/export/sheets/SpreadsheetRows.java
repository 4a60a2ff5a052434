package org.crosswalk.export.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosswalk.export.Paper;

/**
 * The paper as one flat table, shared by the XLSX and CSV exports (and the shape their importer
 * reads back): one row per linked plan item, in the paper's order; one row per priority the plan
 * does not mention (plan columns empty, the wording in {@link Column#NO_MENTION}); one row per
 * priority nobody has mapped yet; and one row with only the theme for a theme without
 * priorities. So every theme, priority, sub-item and link survives a round trip.
 *
 * <p>Theme, priority, sub-items, priority note and lead (the last column) are repeated on every
 * row of a priority, so each row stands alone when the table is filtered or sorted. Sub-items are
 * always included (whatever the paper's "include sub-items" setting): the spreadsheets are the
 * data, not the printed page. The paragraph number is written as the plan prints it, "2.18." (see
 * {@link #paragraph}). Values are raw here; {@link CellSafety} is applied by the writers.
 */
public final class SpreadsheetRows {

    /** The columns, in order, with their header text. */
    public enum Column {
        THEME("Theme", 24),
        PRIORITY("Priority", 32),
        SUB_ITEMS("Sub-items", 32),
        STATUS("Status", 12),
        PLAN("Plan", 24),
        PLAN_LABEL("Plan label", 10),
        PARAGRAPH("Paragraph", 11),
        PAGE("Page", 7),
        QUOTE("Quote", 80),
        EXCERPT("Excerpt", 9),
        RELEVANCE("Relevance", 11),
        NOTE("Note", 30),
        NO_MENTION("No-mention wording", 30),
        PRIORITY_NOTE("Priority note", 30),
        LEAD("Lead", 24);

        private final String header;
        private final int width;

        Column(String header, int width) {
            this.header = header;
            this.width = width;
        }

        public String header() {
            return header;
        }

        /** A sensible column width, in characters. */
        public int width() {
            return width;
        }

        /**
         * The column a header names, ignoring case, spacing and hyphens ("sub items", "PLAN LABEL"),
         * so an importer can read these files with their columns in any order.
         */
        public static Optional<Column> forHeader(String text) {
            String wanted = key(text);
            return Arrays.stream(values()).filter(c -> key(c.header).equals(wanted)).findFirst();
        }

        private static String key(String text) {
            return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_]+", "");
        }

        /** Columns whose text runs long enough to wrap. */
        public boolean wraps() {
            return width >= 24;
        }
    }

    /** Status column values. */
    public static final String LINKED = "Linked";
    public static final String NO_MENTION = "No mention";
    public static final String NOT_MAPPED = "Not mapped";
    /** Excerpt column values. */
    public static final String YES = "yes";
    public static final String NO = "no";
    /** Sub-items are joined with this inside one cell (Excel's own line break in a cell). */
    public static final String SUB_ITEM_SEPARATOR = "\n";

    /**
     * One row. {@code page} is the only number; every other value is text, "" when empty.
     */
    public record Row(String theme, String priority, String subItems, String status, String plan,
                      String planLabel, String paragraph, Integer page, String quote, String excerpt,
                      String relevance, String note, String noMention, String priorityNote, String lead) {

        /** The text of a column ("" for an empty page). */
        public String text(Column column) {
            return switch (column) {
                case THEME -> theme;
                case PRIORITY -> priority;
                case SUB_ITEMS -> subItems;
                case STATUS -> status;
                case PLAN -> plan;
                case PLAN_LABEL -> planLabel;
                case PARAGRAPH -> paragraph;
                case PAGE -> page == null ? "" : Integer.toString(page);
                case QUOTE -> quote;
                case EXCERPT -> excerpt;
                case RELEVANCE -> relevance;
                case NOTE -> note;
                case NO_MENTION -> noMention;
                case PRIORITY_NOTE -> priorityNote;
                case LEAD -> lead;
            };
        }
    }

    private SpreadsheetRows() {
    }

    public static List<Column> columns() {
        return List.of(Column.values());
    }

    public static List<Row> of(Paper paper) {
        List<Row> rows = new ArrayList<>();
        for (Paper.ThemeTable theme : paper.themes()) {
            String themeTitle = text(theme.theme());
            if (theme.rows().isEmpty()) {
                rows.add(new Row(themeTitle, "", "", "", "", "", "", null, "", "", "", "", "", "", ""));
            }
            for (Paper.PriorityRow priority : theme.rows()) {
                String title = text(priority.priority());
                String subItems = String.join(SUB_ITEM_SEPARATOR, priority.subItems());
                String priorityNote = text(priority.note());
                String lead = text(priority.lead());
                switch (priority.status()) {
                    case LINKED -> {
                        for (Paper.Quote quote : priority.quotes()) {
                            rows.add(new Row(themeTitle, title, subItems, LINKED, text(quote.planTitle()),
                                    text(quote.planLabel()), paragraph(quote), quote.page(), text(quote.text()),
                                    quote.excerpt() ? YES : NO, text(quote.relevance()), text(quote.note()), "",
                                    priorityNote, lead));
                        }
                    }
                    case NO_MENTION -> rows.add(new Row(themeTitle, title, subItems, NO_MENTION, "", "", "", null,
                            "", "", "", "", text(priority.noMention()), priorityNote, lead));
                    case NOT_MAPPED -> rows.add(new Row(themeTitle, title, subItems, NOT_MAPPED, "", "", "", null,
                            "", "", "", "", "", priorityNote, lead));
                }
            }
        }
        return rows;
    }

    /**
     * "2.18." as the plan prints it, or "" when unnumbered. The full stop keeps spreadsheet
     * programs from reading a CSV's "2.10" as the number 2.1; importers drop it.
     */
    static String paragraph(Paper.Quote quote) {
        return quote.numberPrefix().strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
