package org.crosswalk.tables.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel sheets and Word tables and outlines, as officers type them. */
class OfficeReadingTest {
    @TempDir
    Path dir;

    @Test
    void excelMergedThemeRowIsSpanningAndBlankRowsAreLeftOut() throws Exception {
        Path file = TableFixtures.xlsx(dir.resolve("p.xlsx"), "Priorities", List.of(
                List.of("Priority", "Sub-items", "Lead"), List.of("Prevent"), List.of(), List.of("Smoking", "• Stop",
                        "DPH")), 1);
        TableFile read = TableFiles.read(file);
        assertEquals(TableFormat.XLSX, read.format());
        assertEquals(List.of("Priorities"), read.gridNames());
        Grid grid = read.grid("priorities").orElseThrow();
        assertEquals("Sheet “Priorities” of p.xlsx", grid.source());
        assertEquals(List.of(1, 2, 4), grid.rows().stream().map(GridRow::line).toList());
        assertTrue(grid.rows().get(1).spanning());
        assertEquals(List.of("Prevent", "", ""), grid.rows().get(1).cells());
        assertFalse(grid.rows().get(2).spanning());
    }

    @Test
    void excelNumbersDatesAndFormulasReadAsShown() throws Exception {
        Path file = dir.resolve("n.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            workbook.createSheet("Empty");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(1500.5);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("£#,##0.00"));
            row.getCell(0).setCellStyle(money);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(1).setCellValue(java.time.LocalDate.of(2019, 2, 14));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellFormula("A1*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        TableFile read = TableFiles.read(file);
        assertEquals(1, read.grids().size(), "the empty sheet is left out");
        assertEquals(List.of("£1,500.50", "14/02/2019", "3001"), read.grids().get(0).rows().get(0).cells());
    }

    @Test
    void wordTableWithMergedThemeRowsAndBulletsInCells() throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        TableFixtures.heading(document, "Heading1", "Our priorities");
        TableFixtures.table(document, List.of("Priority", "Sub-items", "Notes"), List.of(
                List.of("Prevent"), List.of("Reduce smoking", "• Stop smoking services\n• Smokefree homes", "")));
        Path file = TableFixtures.save(document, dir.resolve("paper.docx"));
        TableFile read = TableFiles.read(file);
        assertEquals(TableFormat.DOCX, read.format());
        Grid grid = read.grid("Table 1").orElseThrow();
        assertEquals("Table 1 of paper.docx", grid.source());
        assertEquals(List.of(List.of("Priority", "Sub-items", "Notes"), List.of("Prevent", "", ""),
                List.of("Reduce smoking", "• Stop smoking services\n• Smokefree homes", "")), CsvReadingTest.cells(grid));
        assertEquals(List.of(false, true, false), grid.rows().stream().map(GridRow::spanning).toList());
        assertEquals(List.of(new Outline.Entry(Outline.Kind.HEADING, 1, "Our priorities", 1)), read.outline().entries(),
                "text in tables stays out of the outline");
    }

    @Test
    void wordOutlineOfHeadingsAndBulletsIncludingLocalisedHeadingStyles() throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        TableFixtures.heading(document, "Heading1", "Health Improvement Board priorities");
        TableFixtures.heading(document, "berschrift2", "Prevent");
        TableFixtures.bullet(document, 1, "Reduce smoking");
        TableFixtures.bullet(document, 2, "Stop smoking services");
        document.createParagraph().createRun().setText("A paragraph of explanation.");
        document.createParagraph().createRun().setText("• Typed bullet");
        Path file = TableFixtures.save(document, dir.resolve("strategy.docx"));
        Outline outline = TableFiles.read(file).outline();
        assertEquals(List.of(new Outline.Entry(Outline.Kind.HEADING, 1, "Health Improvement Board priorities", 1),
                new Outline.Entry(Outline.Kind.HEADING, 2, "Prevent", 2),
                new Outline.Entry(Outline.Kind.LIST_ENTRY, 1, "Reduce smoking", 3),
                new Outline.Entry(Outline.Kind.LIST_ENTRY, 2, "Stop smoking services", 4),
                new Outline.Entry(Outline.Kind.PARAGRAPH, 0, "A paragraph of explanation.", 5),
                new Outline.Entry(Outline.Kind.LIST_ENTRY, 1, "Typed bullet", 6)), outline.entries());
        assertEquals(List.of(), TableFiles.read(file).grids());
    }

    @Test
    void cellsMergedDownBelongToEveryRowTheyCover() throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        XWPFTable table = TableFixtures.table(document, List.of("Priority", "Sub-item"), List.of(
                List.of("Reduce smoking", "Quit services"), List.of("", "Smokefree homes")));
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        Grid word = TableFiles.read(TableFixtures.save(document, dir.resolve("merged.docx"))).grids().get(0);
        assertEquals(List.of("Reduce smoking", "Smokefree homes"), word.rows().get(2).cells());

        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("Priority");
            sheet.getRow(0).createCell(1).setCellValue("Sub-item");
            sheet.createRow(1).createCell(0).setCellValue("Reduce smoking");
            sheet.getRow(1).createCell(1).setCellValue("Quit services");
            sheet.createRow(3).createCell(1).setCellValue("Smokefree homes");
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
            workbook.write(out);
        }
        Grid excel = TableFiles.read(file).grids().get(0);
        assertEquals(List.of(List.of("Priority", "Sub-item"), List.of("Reduce smoking", "Quit services"),
                List.of("Reduce smoking", ""), List.of("Reduce smoking", "Smokefree homes")), CsvReadingTest.cells(excel),
                "a row missing from the file but covered by the merge is there");
        assertEquals(List.of(1, 2, 3, 4), excel.rows().stream().map(GridRow::line).toList());
    }
}
