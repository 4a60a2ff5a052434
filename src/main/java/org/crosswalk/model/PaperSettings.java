package org.crosswalk.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a workspace's board paper looks: its front matter, the table's headings and citation
 * style, and which optional sections it has. Stored in the workspace, edited in the app.
 * Empty title or board mean "use the workspace's board title and name".
 */
public record PaperSettings(String title, String board, String meetingDate, String reference, String authors,
                            String introduction, String recommendations, String priorityHeading,
                            String planHeading, String citationFormat, QuoteMode quoteMode,
                            boolean includeSubItems, boolean includeCoverageSummary,
                            boolean includeUnaddressedAppendix) {

    public static final String DEFAULT_PRIORITY_HEADING = "HIB Priority";
    public static final String DEFAULT_PLAN_HEADING = "NHS Long Term Plan objective";
    /** {label} is the plan's citation label ("NHS LTP"), {page} the printed page. */
    public static final String DEFAULT_CITATION = "({label} p. {page})";

    /** What a linked paragraph contributes to the paper. */
    public enum QuoteMode {
        /** The whole paragraph, always. */
        FULL_PARAGRAPH,
        /** The link's excerpt where it has one, else the whole paragraph. */
        EXCERPT_WHERE_SET
    }

    public PaperSettings {
        title = clean(title);
        board = clean(board);
        meetingDate = clean(meetingDate);
        reference = clean(reference);
        authors = clean(authors);
        introduction = clean(introduction);
        recommendations = clean(recommendations);
        priorityHeading = clean(priorityHeading).isEmpty() ? DEFAULT_PRIORITY_HEADING : clean(priorityHeading);
        planHeading = clean(planHeading).isEmpty() ? DEFAULT_PLAN_HEADING : clean(planHeading);
        citationFormat = clean(citationFormat).isEmpty() ? DEFAULT_CITATION : clean(citationFormat);
        quoteMode = quoteMode == null ? QuoteMode.EXCERPT_WHERE_SET : quoteMode;
    }

    public static PaperSettings defaults() {
        return new PaperSettings("", "", "", "", "", "", "", DEFAULT_PRIORITY_HEADING, DEFAULT_PLAN_HEADING,
                DEFAULT_CITATION, QuoteMode.EXCERPT_WHERE_SET, true, false, false);
    }

    /** "(NHS LTP p. 37)" for the plan label and page; without a page, "(NHS LTP)". */
    public String cite(String label, Integer page) {
        if (page == null) {
            return citationFormat.contains("{page}") ? "(" + label + ")" : citationFormat.replace("{label}", label);
        }
        return citationFormat.replace("{label}", label).replace("{page}", Integer.toString(page));
    }

    /** The settings as text values by key, as the workspace file stores them. */
    public Map<String, String> toValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("board", board);
        values.put("meeting_date", meetingDate);
        values.put("reference", reference);
        values.put("authors", authors);
        values.put("introduction", introduction);
        values.put("recommendations", recommendations);
        values.put("priority_heading", priorityHeading);
        values.put("plan_heading", planHeading);
        values.put("citation_format", citationFormat);
        values.put("quote_mode", quoteMode.name().toLowerCase(Locale.ROOT));
        values.put("include_sub_items", Boolean.toString(includeSubItems));
        values.put("include_coverage_summary", Boolean.toString(includeCoverageSummary));
        values.put("include_unaddressed_appendix", Boolean.toString(includeUnaddressedAppendix));
        return values;
    }

    /** Settings from stored values; missing or unreadable values take their defaults. */
    public static PaperSettings fromValues(Map<String, String> values) {
        PaperSettings d = defaults();
        return new PaperSettings(values.getOrDefault("title", d.title()), values.getOrDefault("board", d.board()),
                values.getOrDefault("meeting_date", ""), values.getOrDefault("reference", ""),
                values.getOrDefault("authors", ""), values.getOrDefault("introduction", ""),
                values.getOrDefault("recommendations", ""),
                values.getOrDefault("priority_heading", d.priorityHeading()),
                values.getOrDefault("plan_heading", d.planHeading()),
                values.getOrDefault("citation_format", d.citationFormat()),
                quoteMode(values.get("quote_mode")),
                flag(values.get("include_sub_items"), d.includeSubItems()),
                flag(values.get("include_coverage_summary"), d.includeCoverageSummary()),
                flag(values.get("include_unaddressed_appendix"), d.includeUnaddressedAppendix()));
    }

    private static QuoteMode quoteMode(String value) {
        if (value == null) {
            return QuoteMode.EXCERPT_WHERE_SET;
        }
        try {
            return QuoteMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return QuoteMode.EXCERPT_WHERE_SET;
        }
    }

    private static boolean flag(String value, boolean fallback) {
        return value == null ? fallback : Boolean.parseBoolean(value.trim());
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
