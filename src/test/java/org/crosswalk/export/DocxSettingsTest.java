package org.crosswalk.export;

import static org.crosswalk.export.DocxExporterTest.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.crosswalk.model.Link;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.LinkEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper settings and the less common rows: excerpts, other headings and citations, no sub-items, unmapped rows. */
class DocxSettingsTest {
    private static final String EXCERPT = "The next version of hospital food standards will be published in 2019";

    @TempDir
    Path dir;

    @Test
    void anExcerptIsQuotedBetweenEllipsesUnlessTheSettingsAskForWholeParagraphs() throws Exception {
        WorkspaceContent content;
        WorkspaceFiles files = new WorkspaceFiles(() -> "Tester", Clock.systemUTC());
        try (Workspace workspace = new SampleWorkspace(new PlanCatalogue()).create(files, dir.resolve("s.crosswalk"))) {
            WorkspaceContent before = workspace.load();
            Priority eat = before.priorities().stream()
                    .filter(p -> p.title().equals("Enable people to eat healthily")).findFirst().orElseThrow();
            Link link = before.linksOf(eat.id()).get(0);
            workspace.history().execute(LinkEdits.editLink(link.id(), EXCERPT, Relevance.DIRECT, ""));
            content = workspace.load();
        }
        XWPFDocument excerpt = DocxExporterTest.write(PaperBuilder.build(content), dir.resolve("excerpt.docx"));
        List<XWPFParagraph> quotes = excerpt.getTables().get(0).getRow(2).getCell(1).getParagraphs();
        assertEquals("2.18. \u2026" + EXCERPT + "\u2026 (NHS LTP p. 37)", plain(quotes.get(0).getText()));
        assertTrue(plain(quotes.get(1).getText()).startsWith("2.19. Nutrition training"), "others stay whole");

        PaperSettings whole = withQuoteMode(content.paper(), PaperSettings.QuoteMode.FULL_PARAGRAPH);
        XWPFDocument full = DocxExporterTest.write(PaperBuilder.build(content, whole), dir.resolve("full.docx"));
        String first = plain(full.getTables().get(0).getRow(2).getCell(1).getParagraphs().get(0).getText());
        assertTrue(first.startsWith("2.18. The NHS will continue to take action"), first);
        assertFalse(first.contains("\u2026"), first);
    }

    @Test
    void settingsChangeHeadingsCitationsFrontMatterAndOptionalSections() throws Exception {
        WorkspaceContent content = ExportFixtures.sampleContent(dir);
        PaperSettings settings = new PaperSettings("Linking the NHS Long Term Plan with our priorities",
                "Oxfordshire HIB", "14 February 2019", "HIB9", "Policy Officer", "First paragraph.\n\nSecond one.",
                "The Board is asked to note the table.", "Local priority", "What the plan says",
                "[{label}, page {page}]", PaperSettings.QuoteMode.EXCERPT_WHERE_SET, false, true, true);
        XWPFDocument document = DocxExporterTest.write(PaperBuilder.build(content, settings), dir.resolve("set.docx"));

        List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertEquals(List.of("Linking the NHS Long Term Plan with our priorities", "Board: Oxfordshire HIB",
                "Meeting date: 14 February 2019", "Paper reference: HIB9", "Authors: Policy Officer",
                "Introduction", "First paragraph.", "Second one.", "Keeping Yourself Healthy / Prevent"),
                texts.subList(0, 9));
        assertEquals("Heading1", document.getParagraphs().get(5).getStyle());
        int recommendations = texts.indexOf("Recommendations");
        assertEquals("Heading1", document.getParagraphs().get(recommendations).getStyle());
        assertEquals("The Board is asked to note the table.", texts.get(recommendations + 1));
        assertTrue(texts.indexOf("Coverage summary") < recommendations, "recommendations follow the tables");
        assertEquals("Policy Officer", document.getProperties().getCoreProperties().getCreator());
        assertTrue(texts.contains("Table 1: Keeping Yourself Healthy / Prevent \u2014 Local priorities and What the "
                + "plan says"), String.join("\n", texts));

        // The mapping tables; the coverage summary's own tables start with "Theme".
        for (XWPFTable table : document.getTables().stream()
                .filter(t -> !"Theme".equals(t.getRow(0).getCell(0).getText())).toList()) {
            assertEquals("Local priority", table.getRow(0).getCell(0).getText());
            assertEquals("What the plan says", table.getRow(0).getCell(1).getText());
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                assertEquals(1, table.getRow(r).getCell(0).getParagraphs().size(), "no sub-items");
            }
        }
        String quote = plain(document.getTables().get(0).getRow(2).getCell(1).getParagraphs().get(0).getText());
        assertTrue(quote.endsWith(" [NHS LTP, page 37]"), quote);

        int coverage = texts.indexOf("Coverage summary");
        assertEquals("Heading1", document.getParagraphs().get(coverage).getStyle());
        assertEquals("13 priorities in all.", texts.get(coverage + 1));
        assertNotNull(document.getParagraphs().get(coverage + 1).getNumID(), "counts as a list");
        int unmentioned = texts.indexOf("Priorities the plan does not mention:");
        assertEquals(List.of("Reduce Physical Inactivity / Promote Physical Activity",
                "Community Safety impact on health outcomes / Domestic abuse", "Making Every Contact Count, Campaigns"),
                texts.subList(unmentioned + 1, unmentioned + 4));
        int appendix = texts.indexOf("Appendix: parts of the plan no local priority addresses");
        assertTrue(appendix > coverage && texts.indexOf("Sources") > appendix, "coverage, appendix, then sources");
        XWPFParagraph firstPart = document.getParagraphs().get(appendix + 1);
        assertNotNull(firstPart.getNumID(), "the appendix is a list: " + firstPart.getText());
    }

    @Test
    void unmappedRowsUnnumberedQuotesEmptyThemesAndStrayControlCharacters() throws Exception {
        Paper.Quote unnumbered = new Paper.Quote("Plan", "NHS LTP", null, null, "Some prose\u0007 with a bell.",
                false, "(NHS LTP)", "Direct", "");
        Paper paper = new Paper("A paper", "A board", "", "", "", List.of(), List.of(), "Priority", "Plan",
                true, List.of(new Paper.ThemeTable("Theme A", List.of(
                        new Paper.PriorityRow("Unmapped", List.of("one", "two"), "Agreed in May.", List.of(), null),
                        new Paper.PriorityRow("Quoted", List.of(), "", List.of(unnumbered), null))),
                        new Paper.ThemeTable("Empty theme", List.of())),
                null, null, List.of());
        XWPFDocument document = DocxExporterTest.write(paper, dir.resolve("hand.docx"));

        assertEquals(1, document.getTables().size());
        XWPFTable table = document.getTables().get(0);
        List<XWPFParagraph> left = table.getRow(1).getCell(0).getParagraphs();
        assertEquals(List.of("Unmapped", "one", "two", "Agreed in May."), left.stream().map(XWPFParagraph::getText).toList());
        assertNull(left.get(3).getNumID(), "the note is not a list item");
        XWPFParagraph notMapped = table.getRow(1).getCell(1).getParagraphs().get(0);
        assertEquals("Not yet mapped.", notMapped.getText());
        assertTrue(notMapped.getRuns().get(0).isItalic());
        assertEquals("Some prose with a bell. (NHS LTP)", plain(table.getRow(2).getCell(1).getText()));
        assertFalse(table.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold());

        List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertEquals(List.of("A paper", "Board: A board", "Theme A", "Table 1: Theme A \u2014 Priorities and Plans",
                "Empty theme", "No priorities in this theme yet."), texts);
        assertEquals("Heading1", document.getParagraphs().get(4).getStyle());
    }

    private static PaperSettings withQuoteMode(PaperSettings s, PaperSettings.QuoteMode mode) {
        return new PaperSettings(s.title(), s.board(), s.meetingDate(), s.reference(), s.authors(), s.introduction(),
                s.recommendations(), s.priorityHeading(), s.planHeading(), s.citationFormat(), mode,
                s.includeSubItems(), s.includeCoverageSummary(), s.includeUnaddressedAppendix());
    }
}
