package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.crosswalk.export.docx.DocxExporter;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.plans.catalogue.SeedTable;
import org.crosswalk.plans.catalogue.SeedTable.Cite;
import org.crosswalk.plans.catalogue.SeedTable.Group;
import org.crosswalk.plans.catalogue.SeedTable.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/** The sample workspace as a Word paper, read back with POI: the seed paper's section-3 table, in Word styles. */
class DocxExporterTest {
    @TempDir
    Path dir;

    private Paper paper;
    private XWPFDocument document;

    @BeforeEach
    void writeSample() throws Exception {
        paper = ExportFixtures.samplePaper(dir);
        document = write(paper, dir.resolve("Sample paper.docx"));
    }

    /** Writes {@code paper} through the export service (temporary file, then moved) and reads it back. */
    static XWPFDocument write(Paper paper, Path file) throws Exception {
        ExportService service = Exporters.standard();
        Exporter docx = service.exporter("docx").orElseThrow();
        assertEquals(file.toAbsolutePath(), service.write(paper, docx, file));
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void isTheFirstStandardExporter() {
        Exporter first = Exporters.standard().exporters().get(0);
        assertInstanceOf(DocxExporter.class, first);
        assertEquals("docx", first.format());
        assertEquals("Word document", first.description());
        assertEquals(".docx", first.extension());
        assertTrue(Exporters.standard().exporter(".DOCX").isPresent());
    }

    @Test
    void oneTablePerThemeInOrderEachAfterItsHeadingAndCaption() {
        List<XWPFTable> tables = document.getTables();
        assertEquals(SeedTable.TABLE.size(), tables.size());
        List<IBodyElement> body = document.getBodyElements();
        for (int t = 0; t < tables.size(); t++) {
            String theme = SeedTable.TABLE.get(t).theme();
            int at = body.indexOf(tables.get(t));
            XWPFParagraph caption = (XWPFParagraph) body.get(at - 1);
            XWPFParagraph heading = (XWPFParagraph) body.get(at - 2);
            assertEquals("Heading1", heading.getStyle());
            assertEquals(theme, heading.getText());
            assertEquals("Caption", caption.getStyle());
            assertEquals("Table " + (t + 1) + ": " + theme + " \u2014 HIB priorities and NHS Long Term Plan objectives",
                    caption.getText());
            assertTrue(caption.getCTP().getFldSimpleArray(0).getInstr().contains("SEQ Table"), "a Word caption number");
        }
        assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
        assertEquals("caption", document.getStyles().getStyle("Caption").getName());
    }

    @Test
    void headerRowHasTheDefaultHeadingsRepeatsOnEveryPageAndNeverSplits() {
        for (XWPFTable table : document.getTables()) {
            XWPFTableRow header = table.getRow(0);
            assertEquals(List.of(PaperSettings.DEFAULT_PRIORITY_HEADING, PaperSettings.DEFAULT_PLAN_HEADING),
                    header.getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertTrue(header.isRepeatHeader());
            assertTrue(header.isCantSplitRow());
            assertTrue(header.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                assertFalse(table.getRow(r).isCantSplitRow(), "long rows may run over a page");
                assertNull(table.getRow(r).getCtRow().getTrPr(), "only the first row is a header");
            }
        }
    }

    @Test
    void priorityCellsAreTheSeedPrioritiesInBoldWithTheirSubItemsAsBullets() {
        for (int t = 0; t < SeedTable.TABLE.size(); t++) {
            Group group = SeedTable.TABLE.get(t);
            XWPFTable table = document.getTables().get(t);
            assertEquals(group.rows().size() + 1, table.getNumberOfRows(), group.theme());
            for (int r = 0; r < group.rows().size(); r++) {
                Row expected = group.rows().get(r);
                List<XWPFParagraph> paragraphs = table.getRow(r + 1).getCell(0).getParagraphs();
                assertEquals(expected.priority(), paragraphs.get(0).getText());
                assertTrue(paragraphs.get(0).getRuns().get(0).isBold(), expected.priority());
                assertNull(paragraphs.get(0).getNumID());
                List<String> subItems = new ArrayList<>();
                for (XWPFParagraph item : paragraphs.subList(1, paragraphs.size())) {
                    assertNotNull(item.getNumID(), "a real list item: " + item.getText());
                    assertEquals("bullet", item.getNumFmt());
                    assertEquals(BigInteger.ZERO, item.getNumIlvl());
                    assertFalse(item.getText().startsWith("\u2022"), "the bullet comes from the numbering");
                    subItems.add(item.getText());
                }
                assertEquals(expected.subItems().stream().map(s -> s.replace("|", " ")).toList(), subItems);
            }
        }
    }

    @Test
    void planCellsQuoteTheSeedParagraphsWithNumbersAndPagesInOrder() {
        for (int t = 0; t < SeedTable.TABLE.size(); t++) {
            Group group = SeedTable.TABLE.get(t);
            for (int r = 0; r < group.rows().size(); r++) {
                Row expected = group.rows().get(r);
                List<XWPFParagraph> quotes = document.getTables().get(t).getRow(r + 1).getCell(1).getParagraphs();
                if (expected.noMention() != null) {
                    assertEquals(List.of(expected.noMention()), quotes.stream().map(XWPFParagraph::getText).toList());
                    assertTrue(quotes.get(0).getRuns().get(0).isItalic(), expected.priority());
                    continue;
                }
                assertEquals(expected.cites().size(), quotes.size(), expected.priority());
                for (int q = 0; q < quotes.size(); q++) {
                    Cite cite = expected.cites().get(q);
                    String text = plain(quotes.get(q).getText());
                    String where = expected.priority() + " quote " + (q + 1) + ": " + text;
                    if (cite.number() != null) {
                        assertTrue(text.startsWith(cite.number() + ". "), where);
                        assertTrue(quotes.get(q).getRuns().get(0).isBold(), where);
                        assertEquals(cite.number() + ".", quotes.get(q).getRuns().get(0).text());
                    } else {
                        assertTrue(text.startsWith(cite.start()), where);
                    }
                    assertTrue(text.endsWith(" (NHS LTP p. " + cite.page() + ")"), where);
                    assertFalse(text.contains("\u2026"), "whole paragraphs, no excerpts: " + where);
                }
            }
        }
    }

    @Test
    void noMergedCellsAndTwoColumnsOfAboutAThirdAndTwoThirds() {
        for (XWPFTable table : document.getTables()) {
            var grid = table.getCTTbl().getTblGrid().getGridColList();
            assertEquals(2, grid.size());
            double left = ((BigInteger) grid.get(0).getW()).doubleValue();
            double right = ((BigInteger) grid.get(1).getW()).doubleValue();
            assertEquals(0.35, left / (left + right), 0.01);
            assertEquals("TableGrid", table.getStyleID());
            for (XWPFTableRow row : table.getRows()) {
                assertEquals(2, row.getTableCells().size());
                for (XWPFTableCell cell : row.getTableCells()) {
                    CTTcPr properties = cell.getCTTc().getTcPr();
                    assertFalse(properties.isSetGridSpan() || properties.isSetVMerge() || properties.isSetHMerge());
                }
            }
        }
    }

    @Test
    void titleStyleSourcesPropertiesA4AndArialTwelveInEnglishGb() {
        XWPFParagraph first = document.getParagraphs().get(0);
        assertEquals("Title", first.getStyle());
        assertEquals(paper.title(), first.getText());
        assertEquals("Board: Oxfordshire Health Improvement Board", document.getParagraphs().get(1).getText());

        List<XWPFParagraph> paragraphs = document.getParagraphs();
        XWPFParagraph sources = paragraphs.stream().filter(p -> "Sources".equals(p.getText())).findFirst().orElseThrow();
        assertEquals("Heading1", sources.getStyle());
        String attribution = paragraphs.get(paragraphs.indexOf(sources) + 1).getText();
        assertTrue(attribution.startsWith("The NHS Long Term Plan"), attribution);
        assertTrue(attribution.contains("Open Government Licence"), attribution);

        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        assertEquals(paper.title(), core.getTitle());
        assertEquals("Oxfordshire Health Improvement Board", core.getCreator());
        assertEquals(Optional.of("en-GB"), core.getUnderlyingProperties().getLanguageProperty());

        CTSectPr section = document.getDocument().getBody().getSectPr();
        assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
        assertEquals(1, document.getFooterList().size());

        assertArialTwelveEnGb(document.getStyles().getDefaultRunStyle().getRPr());
        assertArialTwelveEnGb(document.getStyles().getStyle("Normal").getCTStyle().getRPr());
        assertEquals(12.0, document.getStyles().getDefaultRunStyle().getFontSizeAsDouble());
    }

    @Test
    void stylesAreDefinedOnceEachAndHeadingsAreArialToo() throws Exception {
        CTStyles styles = document.getStyle();
        List<String> ids = styles.getStyleList().stream().map(s -> s.getStyleId()).toList();
        for (String id : List.of("Normal", "Title", "Heading1", "Caption", "ListParagraph", "TableGrid")) {
            assertEquals(1, ids.stream().filter(id::equals).count(), id);
        }
        assertEquals("Arial", document.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0).getAscii());
        assertEquals("Arial", document.getStyles().getStyle("Title").getCTStyle().getRPr().getRFontsArray(0).getAscii());
    }

    private static void assertArialTwelveEnGb(CTRPr properties) {
        assertEquals("Arial", properties.getRFontsArray(0).getAscii());
        assertEquals("Arial", properties.getRFontsArray(0).getHAnsi());
        assertEquals(BigInteger.valueOf(24), properties.getSzArray(0).getVal());
        assertEquals("en-GB", properties.getLangArray(0).getVal());
    }

    /** Word text with no-break spaces as ordinary ones. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }
}
