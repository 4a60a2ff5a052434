package org.crosswalk.export.progress;

import static org.crosswalk.export.progress.ProgressBench.ACTIVITY;
import static org.crosswalk.export.progress.ProgressBench.SMOKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.crosswalk.export.ExportProblem;
import org.crosswalk.export.ExportService;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Exporters;
import org.crosswalk.model.ImplementationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The progress report written in every format to a real file and read back as its reader would. */
class ProgressReportExportTest {
    @TempDir
    Path dir;

    private final ExportService exports = Exporters.standard();
    private ProgressBench bench;
    private ProgressReport report;

    @BeforeEach
    void followUp() throws Exception {
        bench = ProgressBench.sample(dir);
        report = bench.report(bench.followedUp());
    }

    @AfterEach
    void close() throws Exception {
        bench.close();
    }

    private Path write(String format) throws ExportProblem {
        Exporter exporter = exports.exporter(format).orElseThrow();
        return exports.write(report, exporter, dir.resolve("Progress report" + exporter.extension()));
    }

    @Test
    void theWordReportIsLandscapeWithTheSummaryAttentionChangesAndAColouredStatusInWords() throws Exception {
        try (InputStream in = Files.newInputStream(write("docx")); XWPFDocument docx = new XWPFDocument(in)) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Summary", "Needs the board’s attention", report.since().heading(),
                    "Keeping Yourself Healthy / Prevent", "Reducing the impact of ill health (Reduce)",
                    "Shaping Healthy Places and Communities"), headings);
            assertEquals(STPageOrientation.LANDSCAPE, docx.getDocument().getBody().getSectPr().getPgSz().getOrient());
            assertEquals(report.title(), docx.getProperties().getCoreProperties().getTitle());

            XWPFTable attention = docx.getTables().get(1);
            assertEquals(List.of("Priority", "Lead", "Status", "Due", "Action", "Latest update"), texts(attention.getRow(0)));
            XWPFTableRow activity = attention.getRow(1);
            assertTrue(activity.getCell(0).getText().startsWith(ACTIVITY));
            assertEquals("At risk", activity.getCell(2).getText());
            assertEquals(StatusColours.background(ImplementationStatus.AT_RISK),
                    java.util.HexFormat.of().withUpperCase()
                            .formatHex((byte[]) activity.getCell(2).getCTTc().getTcPr().getShd().getFill()));
            assertEquals("31 March 2027 (overdue)", attention.getRow(2).getCell(3).getText());

            XWPFTable changes = docx.getTables().get(2);
            assertEquals("Progress updated", changes.getRow(1).getCell(0).getText());
            assertEquals(ACTIVITY, changes.getRow(1).getCell(1).getText());
            String body = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(body.contains(report.summaryLine()), body);
            assertTrue(body.contains("Position as at: 15 April 2027"), body);
        }
    }

    @Test
    void thePdfReportCanBeReadAndFoundByItsBookmarks() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write("pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Needs the board’s attention"), text);
            assertTrue(text.contains("Funding bid delayed to the spring."), text);
            assertTrue(text.contains("31 March 2027 (overdue)"), text);
            assertTrue(text.contains("Changes since ‘" + ProgressBench.SNAPSHOT + "’"), text);
            assertTrue(text.contains("status On track → At risk"), text);
            assertTrue(pdf.getPage(0).getMediaBox().getWidth() > pdf.getPage(0).getMediaBox().getHeight(),
                    "landscape");
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals("Summary", bookmarks.get(0));
            assertTrue(bookmarks.contains("Shaping Healthy Places and Communities"), bookmarks.toString());
            assertEquals(report.title(), pdf.getDocumentInformation().getTitle());
        }
        assertNull(exports.exporter("pdf").orElseThrow().caution(report), "Latin text: nothing the PDF cannot show");
    }

    @Test
    void aReportInAnyScriptIsShownWholeInThePdf() throws Exception {
        bench.progress(SMOKING, "صحت عامہ کی ٹیم", "Cynllun Llŷn a Gŵyr 👍", ImplementationStatus.ON_TRACK, null,
                "健康 𝐀𝐁𝐂");
        report = bench.report(null);
        assertNull(exports.exporter("pdf").orElseThrow().caution(report), "every script has a bundled font");
        try (PDDocument pdf = Loader.loadPDF(write("pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("صحت عامہ کی ٹیم"), text);
            assertTrue(text.contains("Cynllun Llŷn a Gŵyr"), text);
            assertTrue(text.contains("健康 𝐀𝐁𝐂"), text);
            assertFalse(text.contains("#"), text);
        }
    }

    @Test
    void theWebPageIsWellFormedAndSaysEachStatusInWords() throws Exception {
        String html = Files.readString(write("html"), StandardCharsets.UTF_8);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", document.getDocumentElement().getTagName());
        assertTrue(html.contains("<td class=\"status status-at_risk\">At risk</td>"), html);
        assertTrue(html.contains("<td class=\"overdue\">31 March 2027 (overdue)</td>"), html);
        assertTrue(html.contains("=Screening and Immunisation Lead"), "text is text in a web page");
        assertFalse(html.contains("<bookmarks>"), "bookmarks are for the PDF only");
    }

    @Test
    void theWorkbookHasARowPerPriorityRealDatesAndTheChangesSheet() throws Exception {
        try (InputStream in = Files.newInputStream(write("xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(List.of("Progress", "Changes", "About"), List.of(workbook.getSheetName(0),
                    workbook.getSheetName(1), workbook.getSheetName(2)));
            Sheet progress = workbook.getSheet("Progress");
            assertEquals(report.rows().size(), progress.getLastRowNum());
            assertEquals(List.of("Theme", "Priority", "Lead", "Status", "Due", "Overdue", "Action", "Latest update",
                    "Updated on", "Updated by"), cells(progress.getRow(0)));
            Row smoking = rowOf(progress, SMOKING);
            Cell due = smoking.getCell(4);
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals(LocalDate.of(2027, 3, 31), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Yes", smoking.getCell(5).getStringCellValue());
            Row activity = rowOf(progress, ACTIVITY);
            assertEquals("At risk", activity.getCell(3).getStringCellValue());
            assertTrue(((XSSFCellStyle) activity.getCell(3).getCellStyle()).getFont().getBold());
            Row immunisation = rowOf(progress, ProgressBench.IMMUNISATION);
            assertEquals("'=Screening and Immunisation Lead", immunisation.getCell(2).getStringCellValue(),
                    "a lead starting with = is shown as text, never run as a formula");
            Sheet changes = workbook.getSheet("Changes");
            assertEquals("Progress updated", changes.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, changes.getLastRowNum());
            assertEquals("Summary", workbook.getSheet("About").getRow(6).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theCsvHasTheSameRowsWithIsoDatesAndNoFormulas() throws Exception {
        byte[] bytes = Files.readAllBytes(write("csv"));
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("Theme,Priority,Lead,Status,Due,Overdue,Action,Latest update,Updated on,Updated by", lines.get(0));
        assertEquals(report.rows().size() + 1, lines.size());
        String smoking = lines.stream().filter(l -> l.contains(SMOKING)).findFirst().orElseThrow();
        assertTrue(smoking.contains(",On track,2027-03-31,Yes,Smokefree 2025 pledge,Pledge signed by six partners.,"),
                smoking);
        assertTrue(csv.contains(",'=Screening and Immunisation Lead,Done,"), csv);
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static List<String> cells(Row row) {
        List<String> values = new java.util.ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    private static Row rowOf(Sheet sheet, String priority) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && priority.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + priority);
    }
}
