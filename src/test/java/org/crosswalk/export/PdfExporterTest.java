package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crosswalk.export.pdf.PdfExporter;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.SeedTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF paper of the sample workspace, read back with PDFBox: text, tags, fonts, outline, page size. */
class PdfExporterTest {
    @TempDir
    static Path folder;
    static WorkspaceContent content;
    static byte[] pdf;
    static String text;

    @BeforeAll
    static void exportSample() throws Exception {
        content = ExportFixtures.sampleContent(folder);
        pdf = write(PaperBuilder.build(content));
        text = text(pdf);
    }

    static byte[] write(Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(paper, out);
        return out.toByteArray();
    }

    /** The text with every run of white space (line ends included) as one space. */
    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void describesItself() {
        PdfExporter exporter = new PdfExporter();
        assertEquals("pdf", exporter.format());
        assertEquals("PDF document", exporter.description());
        assertEquals(".pdf", exporter.extension());
        assertTrue(Exporters.standard().exporter("pdf").orElseThrow() instanceof PdfExporter);
    }

    @Test
    void textHoldsEveryPriorityAndCitationInTheSeedOrder() {
        assertTrue(text.startsWith(content.board().title().replaceAll("\\s+", " ")) || text.contains(content.board().title()),
                text.substring(0, 200));
        int at = 0;
        for (SeedTable.Group group : SeedTable.TABLE) {
            at = after(group.theme(), at);
            for (SeedTable.Row row : group.rows()) {
                int start = after(row.priority(), at);
                // Where a row continues on the next page, its two cells are read page by page:
                // the sub-items and the quotes are each in order, but may interleave.
                int sub = start;
                for (String item : row.subItems()) {
                    sub = after(item.replace("|", " "), sub);
                }
                int plan = start;
                if (row.noMention() != null) {
                    plan = after(row.noMention(), plan);
                }
                for (SeedTable.Cite cite : row.cites()) {
                    plan = after(cite.number() != null ? cite.number() + ". " : cite.start(), plan);
                    plan = after("(NHS LTP p. " + cite.page() + ")", plan);
                }
                at = Math.max(sub, plan);
            }
        }
        assertTrue(text.indexOf("Open Government Licence", at) > 0, "sources after the tables");
    }

    private static int after(String wanted, int from) {
        int found = text.indexOf(wanted, from);
        assertTrue(found >= 0, "“" + wanted + "” after position " + from + ": …"
                + text.substring(Math.max(0, from - 80), Math.min(text.length(), from + 200)) + "…");
        return found + wanted.length();
    }

    @Test
    void isATaggedAccessibleDocument() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
            assertNotNull(catalog.getMarkInfo());
            assertTrue(catalog.getMarkInfo().isMarked(), "marked content");
            assertEquals("en-GB", catalog.getLanguage());
            assertEquals(content.board().title(), document.getDocumentInformation().getTitle());
            assertEquals(content.board().name(), document.getDocumentInformation().getAuthor());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers show the title, not the file name");

            Map<String, Integer> tags = new HashMap<>();
            count(catalog.getStructureTreeRoot(), tags);
            assertEquals(1, tags.getOrDefault("H1", 0));
            assertEquals(SeedTable.TABLE.size() + 1, tags.getOrDefault("H2", 0), "a heading per theme, and Sources");
            assertEquals(SeedTable.TABLE.size(), tags.getOrDefault("Table", 0));
            assertEquals(SeedTable.TABLE.size(), tags.getOrDefault("Caption", 0));
            int priorities = SeedTable.TABLE.stream().mapToInt(g -> g.rows().size()).sum();
            assertTrue(tags.getOrDefault("TH", 0) >= 2 * SeedTable.TABLE.size() + priorities,
                    "column and row headers: " + tags);
            assertTrue(tags.getOrDefault("LI", 0) >= 10, "sub-items as list items: " + tags);
        }
    }

    private static void count(PDStructureNode node, Map<String, Integer> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.merge(element.getStructureType(), 1, Integer::sum);
                count(element, tags);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedLiberationSans() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName());
                }
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(f -> f.contains("LiberationSans")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("LiberationSans-Bold")), "bold for priorities and numbers");
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("LiberationSans-Italic")), "italic for no-mention rows");
        }
    }

    @Test
    void outlineHasTheThemesAndPagesAreA4() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                assertNotNull(item.getDestination(), item.getTitle() + " goes somewhere");
            }
            List<String> expected = new ArrayList<>(SeedTable.TABLE.stream().map(SeedTable.Group::theme).toList());
            expected.add("Sources");
            assertEquals(expected, bookmarks);

            assertTrue(document.getNumberOfPages() >= 3);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1.0);
                assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1.0);
            }
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), "page numbers");
        }
    }

    @Test
    void declaresPdfAConformance() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var metadata = document.getDocumentCatalog().getMetadata();
            assertNotNull(metadata, "XMP metadata");
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("pdfuaid"), "PDF/UA identification");
            assertFalse(document.getDocumentCatalog().getOutputIntents().isEmpty(), "sRGB output intent");
        }
    }

    @Test
    void settingsChangeHeadingsCitationsAndSubItems() throws Exception {
        PaperSettings settings = new PaperSettings("Long Term Plan & our priorities", "Health Improvement Board",
                "14 February 2019", "HIB9", "Kiren Collison", "An introduction.", "Members are asked to comment.",
                "Our priority", "What the plan says", "[{label}, page {page}]",
                PaperSettings.QuoteMode.FULL_PARAGRAPH, false, true, false);
        byte[] custom = write(PaperBuilder.build(content, settings));
        String customText = text(custom);
        assertTrue(customText.contains("Our priority What the plan says"), customText.substring(0, 600));
        assertFalse(customText.contains("HIB Priority"));
        assertTrue(customText.contains("[NHS LTP, page 37]"));
        assertFalse(customText.contains("(NHS LTP p. 37)"));
        assertFalse(customText.contains("Weight management initiatives"), "sub-items left out");
        assertTrue(customText.contains("Health Improvement Board · Paper HIB9"), "running head");
        try (PDDocument document = Loader.loadPDF(custom)) {
            assertEquals("Long Term Plan & our priorities", document.getDocumentInformation().getTitle());
            assertEquals("Kiren Collison", document.getDocumentInformation().getAuthor());
            List<String> bookmarks = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(i -> bookmarks.add(i.getTitle()));
            assertEquals("Introduction", bookmarks.get(0));
            assertEquals(List.of("Coverage summary", "Recommendations", "Sources"), bookmarks.subList(4, 7));
        }
    }

    @Test
    void writesAwkwardTextWithEmbeddedFontsOnly() throws Exception {
        byte[] tricky = write(HtmlExporterTest.trickyPaper());
        String trickyText = text(tricky);
        assertTrue(trickyText.contains("<script>alert('x')</script>"), trickyText);
        assertTrue(trickyText.contains("Llŷn – £30m"), trickyText);
        assertTrue(trickyText.contains("… invest up to £30 million …"), trickyText);
        assertTrue(trickyText.contains("Not yet mapped."), trickyText);
        try (PDDocument document = Loader.loadPDF(tricky)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded());
                }
            }
        }
    }

    @Test
    void writesThroughTheExportService() throws Exception {
        ExportService service = Exporters.standard();
        Path target = folder.resolve("paper.pdf");
        service.write(PaperBuilder.build(content), service.exporter(".pdf").orElseThrow(), target);
        byte[] bytes = Files.readAllBytes(target);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(text, text(bytes));
    }
}
