package org.crosswalk.export.sheets;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosswalk.export.ExportText;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.export.sheets.SpreadsheetRows.Column;

/**
 * The mapping table as an Excel workbook: sheet "Mapping" ({@link SpreadsheetRows}, a bold,
 * frozen header row with an auto-filter, long columns wrapped, pages as numbers and everything
 * else as text, risky values neutralised by {@link CellSafety}) and sheet "About" (the paper's
 * front matter and the sources to acknowledge). Title and author are set as workbook properties.
 */
public final class XlsxExporter implements Exporter {
    public static final String MAPPING_SHEET = "Mapping";
    public static final String ABOUT_SHEET = "About";
    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** One line of the default font (Calibri 11), and the tallest row Excel allows. */
    static final float LINE_POINTS = 15f;
    static final float MAX_ROW_POINTS = 409f;
    static final int ABOUT_WIDTH = 100;
    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String description() {
        return "Excel workbook";
    }

    @Override
    public String extension() {
        return ".xlsx";
    }

    @Override
    public void write(ProgressReport report, OutputStream out) throws IOException {
        XlsxProgressReport.write(report, out);
    }

    @Override
    public void write(Paper paper, OutputStream out) throws IOException {
        // Streaming (SXSSF): rows go to a temporary file as they are made, with inline strings;
        // about twice as fast as building the whole sheet in memory (docs/benchmarks.md, Export).
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, false, false);
        try {
            Styles styles = new Styles(workbook);
            mapping(workbook.createSheet(MAPPING_SHEET), SpreadsheetRows.of(paper), styles);
            about(workbook.createSheet(ABOUT_SHEET), paper, styles);
            workbook.setActiveSheet(0);
            properties(workbook.getXSSFWorkbook(), paper.title(), paper.authors().isBlank() ? paper.board()
                    : paper.authors(), paper.board(), "Local priorities mapped to the paragraphs of a national plan "
                    + "(Crosswalk)");
            workbook.write(new KeepOpen(out));
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The workbook's title, author, subject and description, as Excel's File > Info shows them. */
    static void properties(XSSFWorkbook workbook, String title, String creator, String subject, String description) {
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCreator(creator);
        core.setSubjectProperty(subject);
        core.setDescription(description);
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("Crosswalk");
    }

    private static void mapping(Sheet sheet, List<SpreadsheetRows.Row> rows, Styles styles) {
        List<Column> columns = SpreadsheetRows.columns();
        Row header = sheet.createRow(0);
        for (Column column : columns) {
            text(header, column.ordinal(), column.header(), styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
        }
        int r = 1;
        for (SpreadsheetRows.Row values : rows) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (Column column : columns) {
                if (column.wraps()) {
                    lines = Math.max(lines, lines(values.text(column), column.width()));
                }
                if (column == Column.PAGE) {
                    if (values.page() != null) {
                        var cell = row.createCell(column.ordinal());
                        cell.setCellValue(values.page());
                        cell.setCellStyle(styles.number);
                    }
                } else {
                    text(row, column.ordinal(), values.text(column), column.wraps() ? styles.wrapped : styles.plain);
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, columns.size() - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
    }

    /**
     * About how many lines {@code text} takes wrapped in a column {@code width} characters wide.
     * Rows get this height up front: LibreOffice does not fit rows to wrapped text when it opens a
     * workbook, and Excel only sometimes does.
     */
    static int lines(String text, int width) {
        if (text.isEmpty()) {
            return 1;
        }
        // Column widths count the font's digit width; prose averages narrower (about 1.2 letters
        // per unit in Calibri 11, 1.4 in LibreOffice's substitute), so this errs on the tall side.
        int perLine = Math.max(1, (int) (width * 1.15));
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private static void about(Sheet sheet, Paper paper, Styles styles) {
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, ABOUT_WIDTH * 256);
        int r = 0;
        r = pair(sheet, r, "Title", paper.title(), styles);
        r = pair(sheet, r, "Board", paper.board(), styles);
        r = pair(sheet, r, "Meeting date", paper.meetingDate(), styles);
        r = pair(sheet, r, "Reference", paper.reference(), styles);
        r = pair(sheet, r, "Authors", paper.authors(), styles);
        r = pair(sheet, r, "Table", "Sheet “" + MAPPING_SHEET + "”: one row per linked plan paragraph, one per "
                + "priority the plan does not mention, one per priority not yet mapped.", styles);
        r++;
        for (Paper.Source source : paper.sources()) {
            String edition = source.edition() == null || source.edition().isBlank() ? "" : " (" + source.edition() + ")";
            String publisher = source.publisher() == null || source.publisher().isBlank() ? "" : ", " + source.publisher();
            r = pair(sheet, r, "Source", source.title() + edition + publisher, styles);
            if (source.attribution() != null && !source.attribution().isBlank()) {
                r = pair(sheet, r, "Attribution", source.attribution(), styles);
            }
        }
    }

    static int pair(Sheet sheet, int r, String label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, label, styles.header);
        text(row, 1, value, styles.wrapped);
        int lines = lines(value == null ? "" : value, ABOUT_WIDTH);
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
        }
        return r + 1;
    }

    /** A text cell (never a formula), made safe; nothing for an empty value. */
    static void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String safe = CellSafety.neutralise(ExportText.clean(value));
        if (safe.length() > MAX_CELL_TEXT) {
            safe = safe.substring(0, MAX_CELL_TEXT - 1) + "…";
        }
        var cell = row.createCell(column);
        cell.setCellValue(safe);
        cell.setCellStyle(style);
    }

    static final class Styles {
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle number;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            plain = workbook.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    /** POI may close the stream it writes to; the caller owns {@code out} and forces it to disk. */
    static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
