package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.crosswalk.export.coverage.Coverage;
import org.crosswalk.export.coverage.PlanCoverage;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.WorkspaceContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage summary's tables (by theme; themes × chapters) in the Word, web and PDF papers, read back. */
class CoveragePaperTest {
    @TempDir
    static Path dir;
    static WorkspaceContent content;
    static Coverage coverage;
    static Paper paper;

    @BeforeAll
    static void sampleWithCoverage() throws Exception {
        content = ExportFixtures.sampleContent(dir);
        coverage = Coverage.of(content);
        PaperSettings s = content.paper();
        paper = PaperBuilder.build(content, new PaperSettings(s.title(), s.board(), s.meetingDate(), s.reference(),
                s.authors(), s.introduction(), s.recommendations(), s.priorityHeading(), s.planHeading(),
                s.citationFormat(), s.quoteMode(), s.includeSubItems(), true, s.includeUnaddressedAppendix()));
    }

    @Test
    void theWordPaperHasBothTablesWithTheCountsOfTheWorkspace() throws Exception {
        XWPFDocument document = DocxExporterTest.write(paper, dir.resolve("coverage.docx"));
        XWPFTable byTheme = table(document, "Supported by the plan");
        assertEquals(List.of("Theme", "Supported by the plan", "Not mentioned", "Not yet mapped", "Priorities"),
                texts(byTheme.getRow(0).getTableCells()));
        assertEquals(1 + content.themes().size(), byTheme.getNumberOfRows());
        Coverage.ThemeCoverage first = coverage.themes().get(0);
        assertEquals(List.of(first.theme().title(), "" + first.backed().size(), "" + first.noMention().size(),
                "" + first.notMapped().size(), "" + first.priorities()), texts(byTheme.getRow(1).getTableCells()));

        PlanCoverage ltp = coverage.mostLinkedPlan().orElseThrow();
        XWPFTable heat = table(document, "Ch 1");
        assertEquals(1 + ltp.chapters().size(), heat.getRow(0).getTableCells().size());
        for (int r = 0; r < content.themes().size(); r++) {
            List<String> row = texts(heat.getRow(r + 1).getTableCells());
            assertEquals(content.themes().get(r).title(), row.get(0));
            for (int c = 0; c < ltp.chapters().size(); c++) {
                int links = ltp.themeLinks(content.themes().get(r).id(), ltp.chapters().get(c).id()).size();
                assertEquals(Integer.toString(links), row.get(c + 1), "row " + r + ", chapter " + (c + 1));
            }
        }
        assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Ch 2: More NHS action")),
                "the chapters are named under the table");
    }

    @Test
    void theWebPaperShadesTheBusiestCellDarkestAndWritesItsNumber() throws Exception {
        Document html = Jsoup.parse(HtmlExporterTest.write(paper));
        Element heat = html.selectFirst("table.heat");
        assertTrue(heat.selectFirst("caption").text().startsWith("Links by theme and chapter of"));
        int busiest = coverage.mostLinkedPlan().orElseThrow().busiestThemeCell();
        assertEquals(Integer.toString(busiest), heat.selectFirst("td.shade-5").text());
        assertEquals(content.themes().size(), html.select("table.counts:not(.heat) tbody tr").size());
    }

    @Test
    void thePdfPaperPrintsTheTables() throws Exception {
        String text = PdfExporterTest.text(PdfExporterTest.write(paper));
        assertTrue(text.contains("Priorities by theme"), text);
        assertTrue(text.contains("Links by theme and chapter of"), text);
    }

    private static XWPFTable table(XWPFDocument document, String header) {
        return document.getTables().stream()
                .filter(t -> texts(t.getRow(0).getTableCells()).contains(header)).findFirst().orElseThrow();
    }

    private static List<String> texts(List<XWPFTableCell> cells) {
        return cells.stream().map(XWPFTableCell::getText).toList();
    }
}
