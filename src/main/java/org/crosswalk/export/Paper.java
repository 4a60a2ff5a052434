package org.crosswalk.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A board paper, ready to be written in any format: front matter, one table per theme, the
 * optional sections, and the sources to acknowledge. Built by {@link PaperBuilder}; every
 * exporter writes the same Paper, so the formats cannot disagree.
 *
 * @param introduction     paragraphs (may be empty)
 * @param recommendations  paragraphs (may be empty)
 * @param coverage         null unless the settings ask for the coverage summary
 * @param unaddressed      null unless the settings ask for the appendix of unaddressed plan parts
 */
public record Paper(String title, String board, String meetingDate, String reference, String authors,
                    List<String> introduction, List<String> recommendations, String priorityHeading,
                    String planHeading, boolean showSubItems, List<ThemeTable> themes, Coverage coverage,
                    List<Unaddressed> unaddressed, List<Source> sources) {

    public static final String LANGUAGE = "en-GB";

    public Paper {
        introduction = List.copyOf(introduction);
        recommendations = List.copyOf(recommendations);
        themes = List.copyOf(themes);
        unaddressed = unaddressed == null ? null : List.copyOf(unaddressed);
        sources = List.copyOf(sources);
    }

    /** Every piece of text the paper holds (nulls included), for checks over all of it. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title, board, meetingDate, reference, authors, priorityHeading,
                planHeading));
        texts.addAll(introduction);
        texts.addAll(recommendations);
        for (ThemeTable theme : themes) {
            texts.add(theme.theme());
            for (PriorityRow row : theme.rows()) {
                texts.addAll(Arrays.asList(row.priority(), row.note(), row.noMention(), row.lead()));
                texts.addAll(row.subItems());
                for (Quote quote : row.quotes()) {
                    texts.addAll(Arrays.asList(quote.planTitle(), quote.planLabel(), quote.number(), quote.text(),
                            quote.citation(), quote.relevance(), quote.note()));
                }
            }
        }
        if (coverage != null) {
            texts.addAll(coverage.noMentionPriorities());
        }
        if (unaddressed != null) {
            unaddressed.forEach(u -> texts.addAll(Arrays.asList(u.plan(), u.chapter(), u.section())));
        }
        sources.forEach(s -> texts.addAll(Arrays.asList(s.title(), s.edition(), s.publisher(), s.attribution())));
        return texts;
    }

    /** One theme's table: its priorities in the workspace's order. */
    public record ThemeTable(String theme, List<PriorityRow> rows) {
        public ThemeTable {
            rows = List.copyOf(rows);
        }
    }

    /** Whether the plan supports a priority, says it does not mention it, or nobody has mapped it yet. */
    public enum Status { LINKED, NO_MENTION, NOT_MAPPED }

    /**
     * A priority with its sub-items and, on the plan side, its quotes, or the "no mention"
     * wording ({@code noMention}, null otherwise).
     */
    /** @param lead who leads the priority, "" when nobody is named (shown in the spreadsheets only) */
    public record PriorityRow(String priority, List<String> subItems, String note, List<Quote> quotes,
                              String noMention, String lead) {
        public PriorityRow {
            subItems = List.copyOf(subItems);
            quotes = List.copyOf(quotes);
            lead = lead == null ? "" : lead;
        }

        /** A row with no lead named. */
        public PriorityRow(String priority, List<String> subItems, String note, List<Quote> quotes,
                           String noMention) {
            this(priority, subItems, note, quotes, noMention, "");
        }

        public Status status() {
            return !quotes.isEmpty() ? Status.LINKED : noMention != null ? Status.NO_MENTION : Status.NOT_MAPPED;
        }
    }

    /**
     * A plan item quoted under a priority. {@code number} is "2.18" or null; {@code citation} is
     * formatted by the paper settings, e.g. "(NHS LTP p. 37)"; {@code excerpt} says whether
     * {@code text} is the link's excerpt rather than the whole item.
     */
    public record Quote(String planTitle, String planLabel, String number, Integer page, String text,
                        boolean excerpt, String citation, String relevance, String note) {

        /** "2.18. " or "" for an unnumbered item. */
        public String numberPrefix() {
            return number == null || number.isBlank() ? "" : number + ". ";
        }
    }

    /**
     * Counts for the coverage summary, the priorities the plan does not mention, the counts theme
     * by theme, and the links of each theme into each chapter of the most quoted plan (null when
     * the workspace has no plan with chapters).
     */
    public record Coverage(int priorities, int linked, int noMention, int notMapped, int links,
                           List<String> noMentionPriorities, List<ThemeCount> byTheme, HeatMap heatMap) {
        public Coverage {
            noMentionPriorities = List.copyOf(noMentionPriorities);
            byTheme = List.copyOf(byTheme);
        }
    }

    /** One theme's priorities: supported by the plan, not mentioned in it, not yet mapped. */
    public record ThemeCount(String theme, int linked, int noMention, int notMapped) {
        public int priorities() {
            return linked + noMention + notMapped;
        }
    }

    /**
     * Links from each theme into each chapter of one plan: {@code chapters} are the short column
     * names ("Ch 1"), {@code chapterTitles} what they stand for, each row's counts in that order.
     */
    public record HeatMap(String plan, List<String> chapters, List<String> chapterTitles, List<HeatRow> rows) {
        public HeatMap {
            chapters = List.copyOf(chapters);
            chapterTitles = List.copyOf(chapterTitles);
            rows = List.copyOf(rows);
        }

        /** The largest count in the table, for shading (0 when there is no link). */
        public int busiest() {
            return rows.stream().flatMap(r -> r.links().stream()).mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** A heat-map row: a theme and its link counts, chapter by chapter. */
    public record HeatRow(String theme, List<Integer> links) {
        public HeatRow {
            links = List.copyOf(links);
        }
    }

    /** A plan chapter, or a section of it, that no local priority is linked to. */
    public record Unaddressed(String plan, String chapter, String section) {
    }

    /** A plan the paper quotes, with its attribution (licence) line. */
    public record Source(String title, String edition, String publisher, String attribution) {
    }
}
