package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosswalk.export.sheets.SheetExpectations;
import org.crosswalk.export.sheets.XlsxExporter;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX export, read back with POI. */
class XlsxExporterTest {
    private static final int PAGE = 7;
    private static final int QUOTE = 8;

    @TempDir
    Path dir;

    @Test
    void isRegisteredAsAStandardFormat() {
        Exporter xlsx = Exporters.standard().exporter("xlsx").orElseThrow();
        assertEquals("Excel workbook", xlsx.description());
        assertEquals(".xlsx", xlsx.extension());
    }

    @Test
    void theSampleGivesTheSeedTableRowByRow() throws Exception {
        WorkspaceContent content = ExportFixtures.sampleContent(dir);
        Path file = export(PaperBuilder.build(content), "sample.xlsx");
        try (XSSFWorkbook workbook = open(file)) {
            assertEquals(XlsxExporter.MAPPING_SHEET, workbook.getSheetName(0));
            assertEquals(XlsxExporter.ABOUT_SHEET, workbook.getSheetName(1));
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.MAPPING_SHEET);

            Row header = sheet.getRow(0);
            assertEquals(SheetExpectations.header(), texts(header, SheetExpectations.header().size()));
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());

            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "a pane");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitTopRow());
            assertEquals(0, pane.getVerticalSplitLeftColumn());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "auto-filter");
            assertEquals("A1:O30", sheet.getCTWorksheet().getAutoFilter().getRef());

            List<List<String>> expected = SheetExpectations.sampleRows(content);
            assertEquals(29, expected.size());
            assertEquals(expected.size(), sheet.getLastRowNum());
            for (int r = 0; r < expected.size(); r++) {
                Row row = sheet.getRow(r + 1);
                assertEquals(expected.get(r), texts(row, expected.get(r).size()), "row " + (r + 1));
                Cell page = row.getCell(PAGE);
                if (page != null) {
                    assertEquals(CellType.NUMERIC, page.getCellType(), "page is a number, row " + (r + 1));
                }
            }
            assertEquals(37.0, sheet.getRow(2).getCell(PAGE).getNumericCellValue());
            assertTrue(sheet.getRow(2).getCell(QUOTE).getCellStyle().getWrapText(), "quotes wrap");
            assertTrue(sheet.getColumnWidth(QUOTE) > sheet.getColumnWidth(PAGE) * 5, "quote column is wide");

            XSSFSheet about = workbook.getSheet(XlsxExporter.ABOUT_SHEET);
            String aboutText = allText(about);
            assertTrue(aboutText.contains(content.board().name()), aboutText);
            assertTrue(aboutText.contains("Open Government Licence"), aboutText);
            assertTrue(aboutText.contains(content.plans().get(0).title()), aboutText);

            var core = workbook.getProperties().getCoreProperties();
            assertEquals(PaperBuilder.build(content).title(), core.getTitle());
            assertFalse(core.getCreator().isBlank());
        }
    }

    @Test
    void riskyValuesAreNeutralisedAndStoredAsText() throws Exception {
        Path file = export(SheetExpectations.riskyPaper(), "risky.xlsx");
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet(XlsxExporter.MAPPING_SHEET);
            List<List<String>> expected = SheetExpectations.riskyRows();
            assertEquals(expected.size(), sheet.getLastRowNum());
            for (int r = 0; r < expected.size(); r++) {
                Row row = sheet.getRow(r + 1);
                assertEquals(expected.get(r), texts(row, expected.get(r).size()), "row " + (r + 1));
                for (Cell cell : row) {
                    if (cell.getColumnIndex() != PAGE) {
                        assertEquals(CellType.STRING, cell.getCellType(), "row " + (r + 1) + " col " + cell.getColumnIndex());
                    }
                }
            }
            for (Row row : workbook.getSheet(XlsxExporter.ABOUT_SHEET)) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType());
                    String value = cell.getStringCellValue();
                    assertFalse(value.matches("^[=+\\-@\t\r].*"), value);
                }
            }
            assertTrue(allText(workbook.getSheet(XlsxExporter.ABOUT_SHEET)).contains("'=cmd|' /C calc'!A0"));
        }
        String sheetXml = zipEntry(file, "xl/worksheets/sheet1.xml");
        assertFalse(sheetXml.contains("<f>") || sheetXml.contains("<f "), "no formula anywhere");
    }

    @Test
    void textLongerThanExcelAllowsIsCutWithAnEllipsis() throws Exception {
        String huge = "word ".repeat(8_000);
        Paper.Quote quote = new Paper.Quote("Plan", "P", "1.1", 1, huge, false, "(P p. 1)", "Direct", "");
        Paper paper = new Paper("Long", "Board", "", "", "", List.of(), List.of(), "Priority", "Plan", true,
                List.of(new Paper.ThemeTable("Theme", List.of(new Paper.PriorityRow("Long quote", List.of(), "",
                        List.of(quote), null)))), null, null, List.of());
        try (XSSFWorkbook workbook = open(export(paper, "long.xlsx"))) {
            String cell = workbook.getSheet(XlsxExporter.MAPPING_SHEET).getRow(1).getCell(QUOTE).getStringCellValue();
            assertEquals(32_767, cell.length());
            assertTrue(cell.endsWith("…"));
        }
    }

    private Path export(Paper paper, String name) throws Exception {
        return new ExportService(List.of(new XlsxExporter())).write(paper, new XlsxExporter(), dir.resolve(name));
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Cell texts of a row, "" for a missing cell, digits for a number. */
    private static List<String> texts(Row row, int columns) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                texts.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                texts.add(Long.toString((long) cell.getNumericCellValue()));
            } else {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    private static String allText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(cell.getStringCellValue()).append('\n');
            }
        }
        return text.toString();
    }

    private static String zipEntry(Path file, String entry) throws Exception {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
