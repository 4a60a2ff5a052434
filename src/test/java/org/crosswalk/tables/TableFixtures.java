package org.crosswalk.tables;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Files written the way people write them (Excel, Word, CSV from Excel), for the import tests. */
public final class TableFixtures {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private TableFixtures() {
    }

    /** A CSV file: the rows joined with {@code delimiter} and CRLF, in {@code charset}, quoted where needed. */
    public static Path csv(Path file, Charset charset, String delimiter, List<List<String>> rows) throws Exception {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                text.append(i == 0 ? "" : delimiter);
                boolean quote = cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n");
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append("\r\n");
        }
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    /** An Excel workbook with one sheet of text cells; {@code mergedRows} are merged across every column. */
    public static Path xlsx(Path file, String sheetName, List<List<String>> rows, int... mergedRows) throws Exception {
        Files.write(file, xlsxBytes(sheetName, rows, mergedRows));
        return file;
    }

    public static byte[] xlsxBytes(String sheetName, List<List<String>> rows, int... mergedRows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            for (int r : mergedRows) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook protected with a password ("Encrypt with Password" in Excel). */
    public static Path encrypted(Path file, byte[] workbook) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("board-secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(workbook);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A Word document with heading styles (English and German names) and a bullet list definition. */
    public static XWPFDocument wordDocument() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= 3; level++) {
            styles.addStyle(style("Heading" + level, "heading " + level, null));
        }
        styles.addStyle(style("berschrift2", "Überschrift 2", 1));
        XWPFNumbering numbering = document.createNumbering();
        StringBuilder levels = new StringBuilder();
        for (int level = 0; level < 3; level++) {
            levels.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:numFmt w:val=\"bullet\"/>")
                    .append("<w:lvlText w:val=\"•\"/></w:lvl>");
        }
        CTAbstractNum bullets = CTAbstractNum.Factory.parse("<xml-fragment " + W + " w:abstractNumId=\"0\">" + levels
                + "</xml-fragment>");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullets, numbering));
        numbering.addNum(abstractId);
        return document;
    }

    /** A paragraph style; a localised heading is known by its outline level (0 = level 1). */
    private static XWPFStyle style(String id, String name, Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (outlineLevel != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        return new XWPFStyle(style);
    }

    public static void heading(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        paragraph.createRun().setText(text);
    }

    /** A bullet at {@code level} (1 = top). */
    public static void bullet(XWPFParagraph paragraph, int level, String text) {
        paragraph.setNumID(BigInteger.ONE);
        paragraph.setNumILvl(BigInteger.valueOf(level - 1));
        paragraph.createRun().setText(text);
    }

    public static void bullet(XWPFDocument document, int level, String text) {
        bullet(document.createParagraph(), level, text);
    }

    /**
     * A table with {@code header} and one row per entry of {@code rows}; a row of one cell is a
     * theme row, merged across the table. Lines of a cell starting "• " become bullets.
     */
    public static XWPFTable table(XWPFDocument document, List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(1 + rows.size(), header.size());
        fillRow(table.getRow(0), header);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            List<String> cells = rows.get(r);
            if (cells.size() == 1) {
                while (row.getTableCells().size() > 1) {
                    row.removeCell(row.getTableCells().size() - 1);
                }
                row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(header.size()));
            }
            fillRow(row, cells);
        }
        return table;
    }

    private static void fillRow(XWPFTableRow row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            String[] lines = cells.get(c).split("\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                if (lines[i].startsWith("• ")) {
                    bullet(paragraph, 1, lines[i].substring(2));
                } else {
                    paragraph.createRun().setText(lines[i]);
                }
            }
        }
    }

    public static Path save(XWPFDocument document, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        document.close();
        return file;
    }
}
