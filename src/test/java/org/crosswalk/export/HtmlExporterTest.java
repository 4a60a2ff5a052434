package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crosswalk.export.html.HtmlExporter;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.SeedTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML paper of the sample workspace, read back with jsoup: the seed paper's table, as markup. */
class HtmlExporterTest {
    @TempDir
    static Path folder;
    static WorkspaceContent content;
    static String html;
    static Document doc;

    @BeforeAll
    static void exportSample() throws Exception {
        content = ExportFixtures.sampleContent(folder);
        html = write(PaperBuilder.build(content));
        doc = Jsoup.parse(html);
    }

    static String write(Paper paper) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().write(paper, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void describesItself() {
        HtmlExporter exporter = new HtmlExporter();
        assertEquals("html", exporter.format());
        assertEquals("Web page (HTML)", exporter.description());
        assertEquals(".html", exporter.extension());
        assertTrue(Exporters.standard().exporter("html").orElseThrow() instanceof HtmlExporter);
    }

    @Test
    void isOneSelfContainedEnglishPage() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals("en-GB", doc.selectFirst("html").attr("lang"));
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        assertEquals(content.board().title(), doc.title());
        assertEquals(1, doc.select("head style").size());
        assertTrue(doc.selectFirst("head style").data().contains("table-header-group"));
        assertTrue(doc.select("link, script, img, iframe, object, embed, [src], [style*=url(]").isEmpty(),
                "nothing loaded from elsewhere");
        assertFalse(doc.selectFirst("head style").data().contains("url("));
        assertFalse(doc.selectFirst("head style").data().contains("@import"));
    }

    @Test
    void isWellFormedXmlSoThePdfRendererReadsTheSameMarkup() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", xml.getDocumentElement().getLocalName());
        assertEquals(3, xml.getElementsByTagName("table").getLength());
    }

    @Test
    void headerHoldsTheTitleAndTheBoard() {
        assertEquals(1, doc.select("h1").size());
        Element header = doc.selectFirst("body > header");
        assertNotNull(header);
        assertEquals(content.board().title(), header.selectFirst("h1").text());
        assertEquals(List.of("Board"), header.select("dl.meta dt").eachText());
        assertEquals(List.of(content.board().name()), header.select("dl.meta dd").eachText());
    }

    @Test
    void oneHeadingAndOneTablePerThemeInTheSeedOrder() {
        List<String> themes = SeedTable.TABLE.stream().map(SeedTable.Group::theme).toList();
        assertEquals(themes, doc.select("section.theme > h2").eachText());
        List<String> h2 = new ArrayList<>(themes);
        h2.add("Sources");
        assertEquals(h2, doc.select("h2").eachText(), "no introduction or recommendations in the sample");
        Elements tables = doc.select("table");
        assertEquals(3, tables.size());
        for (int t = 0; t < tables.size(); t++) {
            Element table = tables.get(t);
            assertEquals("Table " + (t + 1) + ": " + themes.get(t), table.selectFirst("caption").text());
            assertEquals(table, table.parent().selectFirst("h2 ~ table"), "the table follows its theme heading");
            Elements headings = table.select("thead th");
            assertEquals(List.of("HIB Priority", "NHS Long Term Plan objective"), headings.eachText());
            headings.forEach(th -> assertEquals("col", th.attr("scope")));
        }
    }

    @Test
    void rowHeadersAreThePrioritiesInOrderWithTheirSubItems() {
        Elements tables = doc.select("table");
        for (int t = 0; t < SeedTable.TABLE.size(); t++) {
            SeedTable.Group group = SeedTable.TABLE.get(t);
            Elements rows = tables.get(t).select("tbody > tr");
            assertEquals(group.rows().size(), rows.size(), group.theme());
            for (int r = 0; r < rows.size(); r++) {
                SeedTable.Row expected = group.rows().get(r);
                Elements cells = rows.get(r).children();
                assertEquals(2, cells.size());
                Element header = cells.get(0);
                assertEquals("th", header.tagName());
                assertEquals("row", header.attr("scope"));
                assertEquals(expected.priority(), header.selectFirst("strong").text());
                assertEquals(expected.subItems().stream().map(s -> s.replace("|", " ")).toList(),
                        header.select("ul > li").eachText(), expected.priority());
                assertEquals("td", cells.get(1).tagName());
            }
        }
        List<String> all = doc.select("tbody > tr > th[scope=row] strong").eachText();
        assertEquals(SeedTable.TABLE.stream().flatMap(g -> g.rows().stream()).map(SeedTable.Row::priority).toList(),
                all);
    }

    @Test
    void planCellsQuoteTheSeedParagraphsWithTheirPages() {
        Elements cells = doc.select("tbody > tr > td");
        List<SeedTable.Row> rows = SeedTable.TABLE.stream().flatMap(g -> g.rows().stream()).toList();
        assertEquals(rows.size(), cells.size());
        for (int r = 0; r < rows.size(); r++) {
            SeedTable.Row row = rows.get(r);
            Element cell = cells.get(r);
            Elements paragraphs = cell.select("> p");
            if (row.noMention() != null) {
                assertEquals(1, paragraphs.size());
                assertEquals(row.noMention(), paragraphs.get(0).selectFirst("em").text(), "the paper's own wording");
                assertEquals(row.noMention(), cell.text());
                continue;
            }
            assertEquals(row.cites().size(), paragraphs.size(), row.priority());
            for (int q = 0; q < row.cites().size(); q++) {
                SeedTable.Cite cite = row.cites().get(q);
                Element p = paragraphs.get(q);
                if (cite.number() != null) {
                    assertEquals(cite.number() + ".", p.selectFirst("strong").text(), row.priority());
                    assertTrue(p.text().startsWith(cite.number() + ". "), p.text());
                } else {
                    assertTrue(p.select("strong").isEmpty(), "unnumbered plan text has no number");
                    assertTrue(p.text().startsWith(cite.start()), p.text());
                }
                String citation = "(NHS LTP p. " + cite.page() + ")";
                assertEquals(citation, p.selectFirst("span.cite").text());
                assertTrue(p.text().endsWith(" " + citation), p.text());
            }
        }
    }

    @Test
    void printStylesKeepHeadersAndShortRows() {
        String css = doc.selectFirst("head style").data();
        assertTrue(css.contains("size: A4"));
        assertTrue(css.contains("thead { display: table-header-group; }"));
        assertTrue(css.contains("tr.keep { page-break-inside: avoid"));
        assertTrue(css.contains("font-family: Arial, \"Liberation Sans\", sans-serif"));
        assertTrue(doc.select("head bookmarks, body bookmarks").isEmpty(), "PDF bookmarks stay out of the web page");
        // The short rows are kept together; the few long ones may continue on the next page.
        assertTrue(doc.select("tbody tr.keep").size() >= 5);
    }

    @Test
    void sourcesFooterCarriesThePlanAttribution() {
        Element footer = doc.selectFirst("body > footer");
        assertNotNull(footer);
        assertEquals("Sources", footer.selectFirst("h2").text());
        assertTrue(footer.text().contains("Open Government Licence v3.0"), footer.text());
        assertTrue(footer.text().contains("© Crown copyright 2019"), footer.text());
    }

    @Test
    void settingsChangeHeadingsCitationsSubItemsAndSections() throws Exception {
        PaperSettings settings = new PaperSettings("Long Term Plan & our priorities", "Health Improvement Board",
                "14 February 2019", "HIB9", "Kiren Collison, Oxfordshire CCG\nVal Messenger, Director of Public Health",
                "The plan was published in January 2019.\n\nThis paper maps it to our priorities.",
                "Members are asked to comment.", "Our priority", "What the plan says",
                "[{label}, page {page}]", PaperSettings.QuoteMode.FULL_PARAGRAPH, false, true, true);
        Document custom = Jsoup.parse(write(PaperBuilder.build(content, settings)));

        assertEquals("Long Term Plan & our priorities", custom.title());
        assertEquals("Long Term Plan & our priorities", custom.selectFirst("h1").text());
        assertEquals(List.of("Board", "Meeting date", "Paper reference", "Authors"), custom.select("dl.meta dt").eachText());
        assertEquals(List.of("Health Improvement Board", "14 February 2019", "HIB9",
                        "Kiren Collison, Oxfordshire CCG Val Messenger, Director of Public Health"),
                custom.select("dl.meta dd").eachText());
        assertEquals(1, custom.select("dl.meta dd br").size());
        assertEquals("Kiren Collison, Oxfordshire CCG; Val Messenger, Director of Public Health",
                custom.selectFirst("meta[name=author]").attr("content"));

        List<String> h2 = custom.select("h2").eachText();
        assertEquals("Introduction", h2.get(0));
        assertEquals(List.of("Coverage summary", "Recommendations",
                "Appendix: parts of the plan no local priority addresses", "Sources"), h2.subList(4, 8));
        assertEquals(List.of("The plan was published in January 2019.", "This paper maps it to our priorities."),
                custom.select("section.introduction > p").eachText());
        assertEquals(List.of("Members are asked to comment."), custom.select("section.recommendations > p").eachText());

        for (Element table : custom.select("table.mapping")) {
            assertEquals(List.of("Our priority", "What the plan says"), table.select("thead th[scope=col]").eachText());
        }
        assertTrue(custom.select("tbody th ul, tbody th li").isEmpty(), "sub-items left out");
        int quoted = SeedTable.TABLE.stream().flatMap(g -> g.rows().stream()).mapToInt(r -> r.cites().size()).sum();
        Elements cites = custom.select("span.cite");
        assertEquals(quoted, cites.size());
        assertEquals("[NHS LTP, page 37]", cites.get(0).text());
        assertTrue(custom.select("td").text().contains("2.18. The NHS will continue"));

        Element coverage = custom.selectFirst("section.coverage");
        assertTrue(coverage.text().contains("13 priorities: 10 supported by the plan, 3 with no mention in it, "
                + "0 not yet mapped; " + quoted + " plan paragraphs quoted."), coverage.text());
        assertEquals(List.of("Reduce Physical Inactivity / Promote Physical Activity",
                "Community Safety impact on health outcomes / Domestic abuse",
                "Making Every Contact Count, Campaigns"), coverage.select("li").eachText());
        assertFalse(custom.select("section.appendix li").isEmpty());
    }

    @Test
    void escapesEverythingAndMarksExcerptsAndUnmappedRows() throws Exception {
        Paper paper = trickyPaper();
        String markup = write(paper);
        assertFalse(markup.contains("<script"), "no markup from the workspace gets through");
        Document tricky = Jsoup.parse(markup);
        assertEquals("Board <b> & \"friends\" — £5 – Gŵyl 😀", tricky.title());
        assertEquals("<script>alert('x')</script>", tricky.selectFirst("tbody th strong").text());
        assertEquals(List.of("Housing & homes < 5 years", "Llŷn – £30m"), tricky.select("tbody th li").eachText());
        assertEquals("A \"note\" & more", tricky.selectFirst("tbody th p.note").text());
        Elements plan = tricky.select("tbody td");
        assertEquals("2.32. … invest up to £30 million … (Plan p. 42) Note: check <this>", plan.get(0).text());
        assertEquals("Not yet mapped.", plan.get(1).selectFirst("em").text());
        assertEquals("Nothing in the plan 'yet'", plan.get(2).selectFirst("em").text());
        assertEquals("Table 1: Theme <1> & ‘two’", tricky.selectFirst("caption").text());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    /** A paper with markup characters, non-ASCII text, an excerpt and an unmapped row. */
    static Paper trickyPaper() {
        Paper.Quote quote = new Paper.Quote("A <plan>", "Plan", "2.32", 42, "invest up to £30 million", true,
                "(Plan p. 42)", "direct", "check <this>");
        List<Paper.PriorityRow> rows = List.of(
                new Paper.PriorityRow("<script>alert('x')</script>", List.of("Housing & homes < 5 years", "Llŷn – £30m"),
                        "A \"note\" & more", List.of(quote), null),
                new Paper.PriorityRow("Unmapped & pending", List.of(), null, List.of(), null),
                new Paper.PriorityRow("Cymraeg: ŵ ŷ", List.of(), null, List.of(), "Nothing in the plan 'yet'"));
        return new Paper("Board <b> & \"friends\" — £5 – Gŵyl 😀", "Bwrdd Iechyd & Board", "1 March 2025", "R&D/1",
                "A. Person <a@b>", List.of("Intro with <em>tags</em> & ampersands."), List.of(),
                "Priority <x>", "Plan & objective", true, List.of(new Paper.ThemeTable("Theme <1> & ‘two’", rows)),
                null, null, List.of(new Paper.Source("A <plan>", "2025", "Someone & Co", "")));
    }

    @Test
    void writesThroughTheExportService() throws Exception {
        ExportService service = Exporters.standard();
        Path target = folder.resolve("paper.html");
        Path written = service.write(PaperBuilder.build(content), service.exporter("HTML").orElseThrow(), target);
        assertEquals(target.toAbsolutePath(), written);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertEquals(html, text);
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
