package org.crosswalk.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.export.progress.StatusColours;
import org.crosswalk.model.ImplementationStatus;

/**
 * The progress report as a Word document, A4 landscape: Title and details, Summary (a sentence
 * and a table of counts by status), Needs the board's attention, the changes since a snapshot,
 * then a Heading 1 and a six-column table per theme. The same styles as the board paper.
 */
final class DocxProgressReport {
    static final String NOTHING_CHANGED = "Nothing has changed since the snapshot was taken.";
    static final String NOTHING_NEEDS_ATTENTION = "No priority is at risk, off track or overdue.";

    private final XWPFDocument document;
    private final ProgressReport report;
    private int tables;

    private DocxProgressReport(XWPFDocument document, ProgressReport report) {
        this.document = document;
        this.report = report;
    }

    static void write(ProgressReport report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.install(document);
            DocxLists.install(document);
            new DocxProgressReport(document, report).body();
            DocxPage.setUp(document, new DocxPage.Details(report.title(),
                    blank(report.authors()) ? report.board() : report.authors(), report.reference(),
                    "Progress on the local priorities of " + report.board() + ". " + report.position() + ".", true));
            document.write(out);
        }
    }

    private void body() {
        DocxText.text(DocxExporter.paragraph(document, DocxStyles.TITLE), report.title());
        detail("Board", report.board());
        detail("Meeting date", report.meetingDate());
        detail("Paper reference", report.reference());
        detail("Authors", report.authors());
        detail("Position as at", ProgressReport.DAY.format(report.asOf()));
        summary();
        heading(ProgressReport.ATTENTION);
        if (report.attention().isEmpty()) {
            DocxText.text(document.createParagraph(), NOTHING_NEEDS_ATTENTION);
        } else {
            progressTable("Priorities at risk, off track or overdue", report.attention(), true);
        }
        changes();
        for (ProgressReport.ThemeProgress theme : report.themes()) {
            heading(theme.theme());
            if (theme.rows().isEmpty()) {
                DocxText.italic(document.createParagraph(), "No priorities in this theme yet.");
            } else {
                progressTable(theme.theme() + " — progress", theme.rows(), false);
            }
        }
    }

    private void detail(String label, String value) {
        if (blank(value)) {
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(40);
        DocxText.bold(paragraph, label + ": ");
        DocxText.text(paragraph, value.strip());
    }

    private void heading(String text) {
        DocxText.text(DocxExporter.paragraph(document, DocxStyles.HEADING_1), text);
    }

    private void summary() {
        heading(ProgressReport.SUMMARY);
        DocxText.text(document.createParagraph(), report.summaryLine());
        caption("Priorities by status");
        Map<ImplementationStatus, Integer> counts = report.counts();
        int[] widths = {3200, 1600};
        XWPFTable table = document.createTable(2 + counts.size(), 2);
        DocxTables.layout(table, widths, "Priorities by status");
        DocxCoverageTables.header(table.getRow(0), new String[] {"Status", "Priorities"}, widths);
        int r = 1;
        for (Map.Entry<ImplementationStatus, Integer> count : counts.entrySet()) {
            countRow(table.getRow(r++), count.getKey(), count.getKey().words(), count.getValue(), widths);
        }
        countRow(table.getRow(r), null, ProgressReport.NOT_REPORTED, report.notReported(), widths);
    }

    private static void countRow(XWPFTableRow row, ImplementationStatus status, String words, int count, int[] widths) {
        statusCell(row.getCell(0), status, words, widths[0]);
        DocxCoverageTables.text(row.getCell(1), Integer.toString(count), widths[1]);
        row.getCell(1).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
    }

    private void changes() {
        ProgressReport.Since since = report.since();
        if (since == null) {
            return;
        }
        heading(since.heading());
        if (since.changes().isEmpty()) {
            DocxText.text(document.createParagraph(), NOTHING_CHANGED);
            return;
        }
        int width = DocxPage.LANDSCAPE_TEXT_WIDTH;
        int[] widths = {Math.round(width * 0.18f), Math.round(width * 0.32f), 0};
        widths[2] = width - widths[0] - widths[1];
        caption(since.caption());
        XWPFTable table = document.createTable(1 + since.changes().size(), 3);
        DocxTables.layout(table, widths, since.heading());
        DocxCoverageTables.header(table.getRow(0), new String[] {"Change", "Priority", "What changed"}, widths);
        for (int i = 0; i < since.changes().size(); i++) {
            ProgressReport.Change change = since.changes().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            DocxCoverageTables.text(row.getCell(0), change.kind(), widths[0]);
            DocxCoverageTables.text(row.getCell(1), change.priority(), widths[1]);
            DocxCoverageTables.text(row.getCell(2), change.detail(), widths[2]);
        }
    }

    private void caption(String text) {
        XWPFParagraph caption = DocxExporter.paragraph(document, DocxStyles.CAPTION);
        DocxText.text(caption, "Table ");
        DocxText.field(caption, "SEQ Table \\* ARABIC", Integer.toString(++tables));
        DocxText.text(caption, ": " + text);
    }

    private void progressTable(String title, List<ProgressReport.Row> rows, boolean showTheme) {
        caption(title);
        List<Integer> percent = ProgressReport.COLUMN_PERCENT;
        int[] widths = new int[percent.size()];
        int used = 0;
        for (int c = 0; c < widths.length - 1; c++) {
            widths[c] = DocxPage.LANDSCAPE_TEXT_WIDTH * percent.get(c) / 100;
            used += widths[c];
        }
        widths[widths.length - 1] = DocxPage.LANDSCAPE_TEXT_WIDTH - used;
        XWPFTable table = document.createTable(1 + rows.size(), widths.length);
        DocxTables.layout(table, widths, title);
        DocxCoverageTables.header(table.getRow(0), ProgressReport.COLUMNS.toArray(String[]::new), widths);
        for (int i = 0; i < rows.size(); i++) {
            row(table.getRow(i + 1), rows.get(i), showTheme, widths);
        }
    }

    private static void row(XWPFTableRow tableRow, ProgressReport.Row row, boolean showTheme, int[] widths) {
        tableRow.setCantSplitRow(true);
        XWPFTableCell priority = tableRow.getCell(0);
        DocxTables.width(priority, widths[0]);
        DocxText.bold(priority.getParagraphs().get(0), row.priority());
        if (showTheme) {
            DocxText.italic(priority.addParagraph(), row.theme()).setFontSize(9);
        }
        DocxCoverageTables.text(tableRow.getCell(1), row.lead(), widths[1]);
        statusCell(tableRow.getCell(2), row.status(), row.statusWords(), widths[2]);
        DocxTables.width(tableRow.getCell(3), widths[3]);
        XWPFRun due = DocxText.text(tableRow.getCell(3).getParagraphs().get(0), row.dueWords());
        if (row.overdue()) {
            due.setBold(true);
            due.setColor("8B0000");
        }
        DocxCoverageTables.text(tableRow.getCell(4), row.action(), widths[4]);
        XWPFTableCell update = tableRow.getCell(5);
        DocxCoverageTables.text(update, row.update(), widths[5]);
        if (!row.updatedWords().isEmpty()) {
            XWPFRun stamp = DocxText.italic(row.update().isBlank() ? update.getParagraphs().get(0) : update.addParagraph(),
                    row.updatedWords());
            stamp.setFontSize(9);
        }
    }

    /** The status in words, bold, on its colour (the words are what counts; the colour helps). */
    private static void statusCell(XWPFTableCell cell, ImplementationStatus status, String words, int width) {
        DocxTables.width(cell, width);
        if (status != null) {
            DocxCoverageTables.fill(cell, StatusColours.background(status));
        }
        XWPFRun run = DocxText.text(cell.getParagraphs().get(0), words);
        run.setBold(status != null);
        run.setItalic(status == null);
        run.setColor(StatusColours.text(status));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
