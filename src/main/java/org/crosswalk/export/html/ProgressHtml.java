package org.crosswalk.export.html;

import static org.crosswalk.export.html.HtmlEscaper.escape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.export.progress.StatusColours;
import org.crosswalk.model.ImplementationStatus;

/**
 * The progress report as one self-contained HTML document, also well-formed XHTML so the PDF is
 * rendered from the same markup (as {@link PaperHtml} does for the board paper). A4 landscape:
 * six columns. Every status is written in words; the colour only adds to them.
 */
public final class ProgressHtml {
    public static final String NOTHING_CHANGED = "Nothing has changed since the snapshot was taken.";
    public static final String NOTHING_NEEDS_ATTENTION = "No priority is at risk, off track or overdue.";

    private static final String STATUS_CSS = """
            table.progress th.col, table.changes th.col { font-size: 10pt; }
            table.progress td, table.progress th.row { font-size: 10pt; }
            td.status { white-space: nowrap; font-weight: bold; }
            .status-none { font-weight: normal; font-style: italic; }
            .overdue { color: #8b0000; font-weight: bold; }
            .theme-name { display: block; font-size: 9pt; color: #3d3d3d; }
            .updated { display: block; font-size: 9pt; font-style: italic; color: #3d3d3d; }
            body { max-width: 80em; }
            table.status-counts { width: auto; min-width: 40%; }
            """;

    private final ProgressReport report;
    private final PaperHtml.Target target;
    private final StringBuilder out = new StringBuilder(16_384);
    private final Map<String, String> outline = new LinkedHashMap<>();

    private ProgressHtml(ProgressReport report, PaperHtml.Target target) {
        this.report = report;
        this.target = target;
    }

    /** The whole document, beginning with {@code <!DOCTYPE html>}. */
    public static String render(ProgressReport report, PaperHtml.Target target) {
        return new ProgressHtml(report, target).document();
    }

    /** The style class that colours a status: "status-on_track", or "status-none" when not reported. */
    public static String styleOf(ImplementationStatus status) {
        return status == null ? "status-none" : "status-" + status.code();
    }

    private String document() {
        String body = body();
        out.setLength(0);
        HtmlHead.open(out, report.title(), HtmlHead.author(report.authors(), report.board()),
                safe(report.board()) + " — " + report.position());
        out.append("<style>\n").append(PaperCss.css())
                .append(PaperCss.pageCss(target, safe(report.board()), safe(report.reference()), true))
                .append(STATUS_CSS).append(statusColours());
        if (target == PaperHtml.Target.PDF) {
            out.append("html, body { font-family: ").append(PaperCss.pdfFamily()).append("; }\n")
                    .append("table.progress, table.changes { -fs-table-paginate: paginate; }\n")
                    .append("tr { page-break-inside: avoid; }\n")
                    // A heading (or a table's caption) starts a new page unless a few rows fit under it.
                    .append("h2, caption { -fs-page-break-min-height: 40mm; }\n");
        }
        out.append("</style>\n");
        HtmlHead.close(out, target, outline);
        return out.append(body).append("</html>\n").toString();
    }

    /** ".status.status-on_track { background: #D9F2D9; color: #0B3D0B; }" for each status. */
    private static String statusColours() {
        StringBuilder css = new StringBuilder();
        for (ImplementationStatus status : ImplementationStatus.values()) {
            css.append(".status.").append(styleOf(status)).append(" { background: #").append(StatusColours.background(status))
                    .append("; color: #").append(StatusColours.text(status)).append("; }\n");
        }
        return css.toString();
    }

    private String body() {
        out.append("<body>\n");
        header();
        summary();
        attention();
        changes();
        int number = 1;
        for (ProgressReport.ThemeProgress theme : report.themes()) {
            theme(number++, theme);
        }
        return out.append("</body>\n").toString();
    }

    private void header() {
        out.append("<header>\n<h1>").append(escape(report.title())).append("</h1>\n");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Board", escape(report.board()));
        rows.put("Meeting date", escape(report.meetingDate()));
        rows.put("Paper reference", escape(report.reference()));
        rows.put("Authors", HtmlEscaper.escapeLines(report.authors()));
        rows.put("Position as at", escape(ProgressReport.DAY.format(report.asOf())));
        rows.values().removeIf(String::isBlank);
        out.append("<dl class=\"meta\">\n");
        rows.forEach((term, value) -> out.append("<dt>").append(term).append("</dt><dd>").append(value)
                .append("</dd>\n"));
        out.append("</dl>\n</header>\n");
    }

    private void openSection(String id, String heading) {
        outline.put(id, heading);
        out.append("<section class=\"").append(id.startsWith("theme-") ? "theme" : id).append("\" aria-labelledby=\"")
                .append(id).append("\">\n<h2 id=\"").append(id).append("\">").append(escape(heading)).append("</h2>\n");
    }

    private void summary() {
        openSection("summary", ProgressReport.SUMMARY);
        out.append("<p>").append(escape(report.summaryLine())).append("</p>\n")
                .append("<table class=\"counts status-counts\" border=\"1\">\n<caption>Priorities by status</caption>\n")
                .append("<thead>\n<tr><th scope=\"col\" class=\"col\">Status</th>")
                .append("<th scope=\"col\" class=\"col\">Priorities</th></tr>\n</thead>\n<tbody>\n");
        report.counts().forEach((status, count) -> countRow(styleOf(status), status.words(), count));
        countRow(styleOf(null), ProgressReport.NOT_REPORTED, report.notReported());
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void countRow(String style, String words, int count) {
        out.append("<tr><th scope=\"row\" class=\"row status ").append(style).append("\">").append(escape(words))
                .append("</th><td class=\"count\">").append(count).append("</td></tr>\n");
    }

    private void attention() {
        openSection("attention", ProgressReport.ATTENTION);
        List<ProgressReport.Row> rows = report.attention();
        if (rows.isEmpty()) {
            out.append("<p>").append(NOTHING_NEEDS_ATTENTION).append("</p>\n</section>\n");
            return;
        }
        table("Priorities at risk, off track or overdue", rows, true);
        out.append("</section>\n");
    }

    private void changes() {
        ProgressReport.Since since = report.since();
        if (since == null) {
            return;
        }
        openSection("changes", since.heading());
        if (since.changes().isEmpty()) {
            out.append("<p>").append(NOTHING_CHANGED).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"changes\" border=\"1\">\n<caption>").append(escape(since.caption()))
                .append("</caption>\n")
                .append("<colgroup><col style=\"width: 18%\" /><col style=\"width: 32%\" /><col style=\"width: 50%\" />")
                .append("</colgroup>\n<thead>\n<tr><th scope=\"col\" class=\"col\">Change</th>")
                .append("<th scope=\"col\" class=\"col\">Priority</th><th scope=\"col\" class=\"col\">What changed</th>")
                .append("</tr>\n</thead>\n<tbody>\n");
        for (ProgressReport.Change change : since.changes()) {
            out.append("<tr><td>").append(escape(change.kind())).append("</td><th scope=\"row\" class=\"row\">")
                    .append(escape(change.priority())).append("</th><td>").append(escape(change.detail()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void theme(int number, ProgressReport.ThemeProgress theme) {
        openSection("theme-" + number, theme.theme());
        if (theme.rows().isEmpty()) {
            out.append("<p class=\"none\"><em>No priorities in this theme yet.</em></p>\n</section>\n");
            return;
        }
        table("Table " + number + ": " + theme.theme() + " — progress", theme.rows(), false);
        out.append("</section>\n");
    }

    private void table(String caption, List<ProgressReport.Row> rows, boolean showTheme) {
        out.append("<table class=\"progress\" border=\"1\">\n<caption>").append(escape(caption)).append("</caption>\n")
                .append("<colgroup>");
        ProgressReport.COLUMN_PERCENT.forEach(p -> out.append("<col style=\"width: ").append(p).append("%\" />"));
        out.append("</colgroup>\n<thead>\n<tr>");
        ProgressReport.COLUMNS.forEach(c -> out.append("<th scope=\"col\" class=\"col\">").append(c).append("</th>"));
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (ProgressReport.Row row : rows) {
            out.append("<tr><th scope=\"row\" class=\"row\"><strong>").append(escape(row.priority())).append("</strong>");
            if (showTheme) {
                out.append("<span class=\"theme-name\">").append(escape(row.theme())).append("</span>");
            }
            out.append("</th><td>").append(escape(row.lead())).append("</td><td class=\"status ")
                    .append(styleOf(row.status())).append("\">").append(escape(row.statusWords())).append("</td><td")
                    .append(row.overdue() ? " class=\"overdue\"" : "").append('>').append(escape(row.dueWords()))
                    .append("</td><td>").append(escape(row.action())).append("</td><td>").append(escape(row.update()));
            if (!row.updatedWords().isEmpty()) {
                out.append("<span class=\"updated\">").append(escape(row.updatedWords())).append("</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String safe(String text) {
        return text == null ? "" : text;
    }
}
