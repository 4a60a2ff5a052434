package org.crosswalk.export.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.export.progress.StatusColours;
import org.crosswalk.model.ImplementationStatus;

/**
 * The progress report as an Excel workbook: sheet "Progress" (one row per priority, {@link
 * ProgressRows}: bold frozen header with an auto-filter, real dates, each status in words on its
 * colour), sheet "Changes" when a snapshot was chosen, and sheet "About" (front matter, position
 * date, the summary line).
 */
final class XlsxProgressReport {
    static final String PROGRESS_SHEET = "Progress";
    static final String CHANGES_SHEET = "Changes";

    private XlsxProgressReport() {
    }

    static void write(ProgressReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxExporter.Styles styles = new XlsxExporter.Styles(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
            progress(workbook, workbook.createSheet(PROGRESS_SHEET), report.rows(), styles, date);
            if (report.since() != null) {
                changes(workbook.createSheet(CHANGES_SHEET), report.since(), styles);
            }
            about(workbook.createSheet(XlsxExporter.ABOUT_SHEET), report, styles);
            workbook.setActiveSheet(0);
            XlsxExporter.properties(workbook, report.title(), report.authors() == null || report.authors().isBlank()
                    ? report.board() : report.authors(), report.board(),
                    "Progress on local priorities (Crosswalk). " + report.position());
            workbook.write(new XlsxExporter.KeepOpen(out));
        }
    }

    private static void progress(XSSFWorkbook workbook, Sheet sheet, List<ProgressReport.Row> rows,
                                 XlsxExporter.Styles styles, CellStyle date) {
        ProgressRows.Column[] columns = ProgressRows.Column.values();
        Map<ImplementationStatus, CellStyle> statuses = statusStyles(workbook);
        Row header = sheet.createRow(0);
        for (ProgressRows.Column column : columns) {
            XlsxExporter.text(header, column.ordinal(), column.header, styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
        }
        int r = 1;
        for (ProgressReport.Row values : rows) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (ProgressRows.Column column : columns) {
                LocalDate day = ProgressRows.date(values, column);
                if (day != null) {
                    var cell = row.createCell(column.ordinal());
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                    continue;
                }
                String text = ProgressRows.text(values, column);
                if (column.wraps) {
                    lines = Math.max(lines, XlsxExporter.lines(text, column.width));
                }
                CellStyle style = column == ProgressRows.Column.STATUS && values.status() != null
                        ? statuses.get(values.status()) : column.wraps ? styles.wrapped : styles.plain;
                XlsxExporter.text(row, column.ordinal(), text, style);
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(XlsxExporter.MAX_ROW_POINTS, lines * XlsxExporter.LINE_POINTS));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, columns.length - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
    }

    /** Each status's cell style: its words in bold on the status's colour. */
    private static Map<ImplementationStatus, CellStyle> statusStyles(XSSFWorkbook workbook) {
        Map<ImplementationStatus, CellStyle> styles = new EnumMap<>(ImplementationStatus.class);
        for (ImplementationStatus status : ImplementationStatus.values()) {
            styles.put(status, statusStyle(workbook, status));
        }
        return styles;
    }

    private static CellStyle statusStyle(XSSFWorkbook workbook, ImplementationStatus status) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(colour(StatusColours.background(status)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setColor(colour(StatusColours.text(status)));
        style.setFont(font);
        return style;
    }

    private static XSSFColor colour(String hex) {
        return new XSSFColor(new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)},
                null);
    }

    private static void changes(Sheet sheet, ProgressReport.Since since, XlsxExporter.Styles styles) {
        String[] headings = {"Change", "Priority", "What changed"};
        int[] widths = {20, 40, 70};
        Row header = sheet.createRow(0);
        for (int c = 0; c < headings.length; c++) {
            XlsxExporter.text(header, c, headings[c], styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (ProgressReport.Change change : since.changes()) {
            Row row = sheet.createRow(r++);
            XlsxExporter.text(row, 0, change.kind(), styles.plain);
            XlsxExporter.text(row, 1, change.priority(), styles.wrapped);
            XlsxExporter.text(row, 2, change.detail(), styles.wrapped);
            int lines = Math.max(XlsxExporter.lines(change.priority(), widths[1]),
                    XlsxExporter.lines(change.detail(), widths[2]));
            if (lines > 1) {
                row.setHeightInPoints(Math.min(XlsxExporter.MAX_ROW_POINTS, lines * XlsxExporter.LINE_POINTS));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void about(Sheet sheet, ProgressReport report, XlsxExporter.Styles styles) {
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, XlsxExporter.ABOUT_WIDTH * 256);
        int r = 0;
        r = XlsxExporter.pair(sheet, r, "Title", report.title(), styles);
        r = XlsxExporter.pair(sheet, r, "Board", report.board(), styles);
        r = XlsxExporter.pair(sheet, r, "Meeting date", report.meetingDate(), styles);
        r = XlsxExporter.pair(sheet, r, "Reference", report.reference(), styles);
        r = XlsxExporter.pair(sheet, r, "Authors", report.authors(), styles);
        r = XlsxExporter.pair(sheet, r, "Position as at", ProgressReport.DAY.format(report.asOf()), styles);
        r = XlsxExporter.pair(sheet, r, "Summary", report.summaryLine(), styles);
        r = XlsxExporter.pair(sheet, r, "Table", "Sheet “" + PROGRESS_SHEET + "”: one row per priority.", styles);
        if (report.since() != null) {
            XlsxExporter.pair(sheet, r, "Changes", "Sheet “" + CHANGES_SHEET + "”: " + report.since().heading() + ", "
                    + report.since().changes().size() + " in all.", styles);
        }
    }
}
