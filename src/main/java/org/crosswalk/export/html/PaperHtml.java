package org.crosswalk.export.html;

import static org.crosswalk.export.html.HtmlEscaper.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.export.Paper;
import org.crosswalk.export.coverage.Shades;

/**
 * The board paper as one self-contained HTML5 document that is also well-formed XHTML, so the
 * browser file and the PDF (openhtmltopdf) come from the same markup. For the PDF the head also
 * carries openhtmltopdf's {@code <bookmarks>} (the PDF outline) and the font family that is
 * embedded.
 */
public final class PaperHtml {

    /** Who reads the markup. */
    public enum Target {
        /** A browser or a word processor: fonts the reader has (Arial, else Liberation Sans). */
        WEB,
        /** openhtmltopdf: only the embedded Liberation Sans, and bookmarks for the outline. */
        PDF
    }

    /** The family the PDF exporter registers (and embeds); the PDF's CSS names no other. */
    public static final String PDF_FONT_FAMILY = "Liberation Sans";

    public static final String NOT_MAPPED = "Not yet mapped.";
    public static final String SOURCES = "Sources";
    public static final String COVERAGE = "Coverage summary";
    public static final String APPENDIX = "Appendix: parts of the plan no local priority addresses";

    private final Paper paper;
    private final Target target;
    private final StringBuilder out = new StringBuilder(32_768);
    /** Section ids and headings, in order: the PDF's bookmarks. */
    private final Map<String, String> outline = new LinkedHashMap<>();

    private PaperHtml(Paper paper, Target target) {
        this.paper = paper;
        this.target = target;
    }

    /** The whole document, beginning with {@code <!DOCTYPE html>}. */
    public static String render(Paper paper, Target target) {
        return new PaperHtml(paper, target).document();
    }

    /** "Table 1: Keeping Yourself Healthy / Prevent". */
    public static String caption(int number, Paper.ThemeTable theme) {
        return "Table " + number + ": " + theme.theme();
    }

    /** The paragraph text of a quote: the excerpt between ellipses, or the whole item. */
    public static String quoteText(Paper.Quote quote) {
        String text = quote.text() == null ? "" : quote.text().strip();
        if (!quote.excerpt()) {
            return text;
        }
        return (text.startsWith("…") ? "" : "… ") + text + (text.endsWith("…") ? "" : " …");
    }

    private String document() {
        String body = body();
        out.setLength(0);
        HtmlHead.open(out, paper.title(), HtmlHead.author(paper.authors(), paper.board()), subject());
        out.append("<style>\n").append(PaperCss.css()).append(PaperCss.pageCss(target, paper.board(), paper.reference(), false));
        if (target == Target.PDF) {
            out.append(pdfCss());
        }
        out.append("</style>\n");
        HtmlHead.close(out, target, outline);
        out.append(body).append("</html>\n");
        return out.toString();
    }

    private String subject() {
        List<String> parts = new ArrayList<>();
        if (!paper.board().isBlank()) {
            parts.add(paper.board());
        }
        if (!paper.meetingDate().isBlank()) {
            parts.add(paper.meetingDate());
        }
        if (!paper.reference().isBlank()) {
            parts.add("Paper " + paper.reference());
        }
        return String.join(", ", parts);
    }

    /** The body, built first so the head can list the sections it found. */
    private String body() {
        out.append("<body>\n");
        header();
        paragraphsSection("introduction", "Introduction", paper.introduction());
        int number = 1;
        for (Paper.ThemeTable theme : paper.themes()) {
            theme(number++, theme);
        }
        coverage();
        paragraphsSection("recommendations", "Recommendations", paper.recommendations());
        appendix();
        sources();
        out.append("</body>\n");
        return out.toString();
    }

    private void header() {
        out.append("<header>\n<h1>").append(escape(paper.title())).append("</h1>\n");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Board", escape(paper.board()));
        rows.put("Meeting date", escape(paper.meetingDate()));
        rows.put("Paper reference", escape(paper.reference()));
        rows.put(paper.authors().contains("\n") || paper.authors().contains(";") || paper.authors().contains(" and ")
                ? "Authors" : "Author", HtmlEscaper.escapeLines(paper.authors()));
        rows.values().removeIf(String::isBlank);
        if (!rows.isEmpty()) {
            out.append("<dl class=\"meta\">\n");
            rows.forEach((term, value) -> out.append("<dt>").append(term).append("</dt><dd>").append(value)
                    .append("</dd>\n"));
            out.append("</dl>\n");
        }
        out.append("</header>\n");
    }

    private void paragraphsSection(String id, String heading, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        openSection(id, heading, id);
        for (String paragraph : paragraphs) {
            out.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private void openSection(String id, String heading, String cssClass) {
        openSection(id, heading, cssClass, 0);
    }

    /**
     * {@code keepWithNextMm}: for the PDF, start the section on a new page unless that much room
     * is left below the heading, so a heading never stands alone at the foot of a page.
     */
    private void openSection(String id, String heading, String cssClass, double keepWithNextMm) {
        outline.put(id, heading);
        out.append("<section class=\"").append(cssClass).append("\" aria-labelledby=\"").append(id).append("\">\n")
                .append("<h2 id=\"").append(id).append('"');
        if (target == Target.PDF && keepWithNextMm > 0) {
            out.append(" style=\"-fs-page-break-min-height: ").append(Math.round(keepWithNextMm)).append("mm\"");
        }
        out.append('>').append(escape(heading)).append("</h2>\n");
    }

    private void theme(int number, Paper.ThemeTable theme) {
        double first = theme.rows().isEmpty() ? 0 : RowHeight.of(theme.rows().get(0), paper.showSubItems());
        // Heading, caption and header row take about 25 mm; a row that may split needs a few lines.
        openSection("theme-" + number, theme.theme(), "theme", 25 + Math.min(first, 40));
        out.append("<table class=\"mapping\" border=\"1\">\n<caption>").append(escape(caption(number, theme)))
                .append("</caption>\n<colgroup><col class=\"priority\" /><col class=\"plan\" /></colgroup>\n")
                .append("<thead>\n<tr><th scope=\"col\" class=\"col\">").append(escape(paper.priorityHeading()))
                .append("</th><th scope=\"col\" class=\"col\">").append(escape(paper.planHeading())).append("</th></tr>\n</thead>\n")
                .append("<tbody>\n");
        for (Paper.PriorityRow row : theme.rows()) {
            row(row);
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void row(Paper.PriorityRow row) {
        out.append(RowHeight.keepTogether(row, paper.showSubItems()) ? "<tr class=\"keep\">" : "<tr class=\"long\">")
                .append("\n<th scope=\"row\" class=\"row\"><p class=\"priority\"><strong>").append(escape(row.priority()))
                .append("</strong></p>");
        if (paper.showSubItems() && !row.subItems().isEmpty()) {
            out.append("<ul>");
            for (String item : row.subItems()) {
                out.append("<li>").append(escape(item)).append("</li>");
            }
            out.append("</ul>");
        }
        if (row.note() != null && !row.note().isBlank()) {
            out.append("<p class=\"note\">").append(escape(row.note().strip())).append("</p>");
        }
        out.append("</th>\n<td>");
        switch (row.status()) {
            case LINKED -> row.quotes().forEach(this::quote);
            case NO_MENTION -> out.append("<p class=\"none\"><em>").append(escape(row.noMention())).append("</em></p>");
            case NOT_MAPPED -> out.append("<p class=\"none\"><em>").append(NOT_MAPPED).append("</em></p>");
        }
        out.append("</td>\n</tr>\n");
    }

    private void quote(Paper.Quote quote) {
        out.append(RowHeight.longQuote(quote) ? "<p class=\"long\">" : "<p>");
        if (quote.number() != null && !quote.number().isBlank()) {
            out.append("<strong>").append(escape(quote.number().strip())).append(".</strong> ");
        }
        out.append(escape(quoteText(quote)));
        if (quote.citation() != null && !quote.citation().isBlank()) {
            out.append(" <span class=\"cite\">").append(escape(quote.citation())).append("</span>");
        }
        if (quote.note() != null && !quote.note().isBlank()) {
            out.append("<br /><span class=\"note\">Note: ").append(escape(quote.note().strip())).append("</span>");
        }
        out.append("</p>\n");
    }

    private void coverage() {
        Paper.Coverage c = paper.coverage();
        if (c == null) {
            return;
        }
        openSection("coverage", COVERAGE, "coverage");
        out.append("<p>").append(count(c.priorities(), "priority", "priorities")).append(": ")
                .append(c.linked()).append(" supported by the plan, ")
                .append(c.noMention()).append(" with no mention in it, ")
                .append(c.notMapped()).append(" not yet mapped; ")
                .append(count(c.links(), "plan paragraph", "plan paragraphs")).append(" quoted.</p>\n");
        if (!c.noMentionPriorities().isEmpty()) {
            out.append("<p>Priorities the plan does not mention:</p>\n<ul>\n");
            c.noMentionPriorities().forEach(p -> out.append("<li>").append(escape(p)).append("</li>\n"));
            out.append("</ul>\n");
        }
        coverageByTheme(c.byTheme());
        heatMap(c.heatMap());
        out.append("</section>\n");
    }

    private void coverageByTheme(List<Paper.ThemeCount> themes) {
        if (themes.isEmpty()) {
            return;
        }
        out.append("<table class=\"counts\" border=\"1\">\n<caption>Priorities by theme</caption>\n<thead>\n<tr>");
        for (String heading : List.of("Theme", "Supported by the plan", "Not mentioned", "Not yet mapped", "Priorities")) {
            out.append("<th scope=\"col\" class=\"col\">").append(heading).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Paper.ThemeCount theme : themes) {
            out.append("<tr><th scope=\"row\" class=\"row\">").append(escape(theme.theme())).append("</th>");
            for (int n : new int[] {theme.linked(), theme.noMention(), theme.notMapped(), theme.priorities()}) {
                out.append("<td class=\"count\">").append(n).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Links by theme and chapter, shaded darker for more, the number written in every cell. */
    private void heatMap(Paper.HeatMap map) {
        if (map == null || map.rows().isEmpty()) {
            return;
        }
        String caption = "Links by theme and chapter of " + map.plan() + " (darker: more links)";
        out.append("<table class=\"counts heat\" border=\"1\">\n<caption>").append(escape(caption))
                .append("</caption>\n<thead>\n<tr><th scope=\"col\" class=\"col\">Theme</th>");
        for (int c = 0; c < map.chapters().size(); c++) {
            out.append("<th scope=\"col\" class=\"col\" title=\"").append(escape(map.chapterTitles().get(c)))
                    .append("\">").append(escape(map.chapters().get(c))).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        int busiest = map.busiest();
        for (Paper.HeatRow row : map.rows()) {
            out.append("<tr><th scope=\"row\" class=\"row\">").append(escape(row.theme())).append("</th>");
            for (int count : row.links()) {
                out.append("<td class=\"count shade-").append(Shades.of(count, busiest)).append("\">")
                        .append(count).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<dl class=\"chapters\">\n");
        for (int c = 0; c < map.chapters().size(); c++) {
            out.append("<dt>").append(escape(map.chapters().get(c))).append("</dt><dd>")
                    .append(escape(map.chapterTitles().get(c))).append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Chapters no priority touches, then, under each other chapter, the sections none touches. */
    private void appendix() {
        List<Paper.Unaddressed> parts = paper.unaddressed();
        if (parts == null) {
            return;
        }
        openSection("appendix", APPENDIX, "appendix");
        if (parts.isEmpty()) {
            out.append("<p>Every chapter and section of the plan is addressed by at least one priority.</p>\n");
        }
        boolean manyPlans = parts.stream().map(Paper.Unaddressed::plan).distinct().count() > 1;
        Map<String, Map<String, List<String>>> byPlan = new LinkedHashMap<>();
        for (Paper.Unaddressed part : parts) {
            List<String> sections = byPlan.computeIfAbsent(part.plan(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(part.chapter(), k -> new ArrayList<>());
            if (part.section() != null) {
                sections.add(part.section());
            }
        }
        byPlan.forEach((plan, chapters) -> {
            if (manyPlans) {
                out.append("<p><strong>").append(escape(plan)).append("</strong></p>\n");
            }
            out.append("<ul>\n");
            chapters.forEach((chapter, sections) -> {
                out.append("<li>").append(escape(chapter));
                if (sections.isEmpty()) {
                    out.append(" <em>(the whole chapter)</em>");
                } else {
                    out.append("<ul>");
                    sections.forEach(section -> out.append("<li>").append(escape(section)).append("</li>"));
                    out.append("</ul>");
                }
                out.append("</li>\n");
            });
            out.append("</ul>\n");
        });
        out.append("</section>\n");
    }

    private void sources() {
        if (paper.sources().isEmpty()) {
            return;
        }
        outline.put("sources", SOURCES);
        out.append("<footer>\n<h2 id=\"sources\">").append(SOURCES).append("</h2>\n");
        for (Paper.Source source : paper.sources()) {
            out.append("<p>");
            if (source.attribution() != null && !source.attribution().isBlank()) {
                out.append(escape(source.attribution()));
            } else {
                out.append(escape(source.title()));
                if (source.publisher() != null && !source.publisher().isBlank()) {
                    out.append(", ").append(escape(source.publisher()));
                }
                if (source.edition() != null && !source.edition().isBlank()) {
                    out.append(", ").append(escape(source.edition()));
                }
                out.append('.');
            }
            out.append("</p>\n");
        }
        out.append("</footer>\n");
    }

    /** Only the embedded family, and openhtmltopdf's own table pagination. */
    private String pdfCss() {
        StringBuilder css = new StringBuilder();
        String family = "font-family: " + PaperCss.pdfFamily() + ";";
        css.append("html, body { ").append(family).append(" }\n");
        // Repeat the header row on each page a table continues on.
        css.append("table.mapping { -fs-table-paginate: paginate; }\n");
        // A row that may split starts on the next page unless a few lines of it fit on this one.
        // (The property is inherited: reset it inside the row, or every block in it moves on too.)
        css.append("tr.long { -fs-page-break-min-height: 45mm; }\n");
        css.append("tr.long * { -fs-page-break-min-height: 0; }\n");
        return css.toString();
    }
}
