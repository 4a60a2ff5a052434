package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crosswalk.export.pdf.PdfExporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper in Welsh, Urdu, Chinese, emoji and mathematical letters, exported to PDF and read back
 * with PDFBox as a reader copying its text would get it: every word is there, none is "#", the
 * Urdu comes back in reading order with its letters (the PDF draws their joined forms), and the
 * fonts it takes are embedded subsets.
 */
class PdfScriptsTest {
    static final String WELSH = "Llŷn a Gŵyr";
    static final String URDU = "صحت عامہ کی ترجیحات";
    static final String URDU_NOTE = "کوئی ذکر نہیں";
    static final String EMOJI = "👍 ❤ ✅";
    static final String CHINESE = "健康";
    static final String MATHS = "𝐀𝐁𝐂 𝔘𝔫𝔦";

    @TempDir
    static Path folder;
    static byte[] pdf;
    static String text;

    static Paper paper() {
        Paper.Quote quote = new Paper.Quote("Plan", "Plan", "2.1", 12, "Smoking " + URDU + " and more", true,
                "(Plan p. 12)", "direct", EMOJI);
        List<Paper.PriorityRow> rows = List.of(
                new Paper.PriorityRow(URDU, List.of(WELSH, CHINESE + " " + MATHS), "Nodyn " + EMOJI, List.of(quote), null),
                new Paper.PriorityRow("Cymraeg ŵ ŷ " + CHINESE, List.of(), null, List.of(), URDU_NOTE));
        return new Paper("Bwrdd " + WELSH + " " + URDU, "Bwrdd Iechyd", "1 March 2025", "R/1", "A. Person",
                List.of("Cyflwyniad " + EMOJI + " " + MATHS), List.of(), "Priority", "Plan", true,
                List.of(new Paper.ThemeTable("Atal " + URDU, rows)), null, null, List.of());
    }

    @BeforeAll
    static void export() throws Exception {
        pdf = PdfExporterTest.write(paper());
        Files.write(folder.resolve("scripts.pdf"), pdf);
        text = PdfExporterTest.text(pdf);
    }

    @Test
    void everyScriptCanBeFoundInTheText() {
        for (String wanted : List.of(WELSH, URDU, URDU_NOTE, "👍", "❤", "✅", CHINESE, "𝐀𝐁𝐂", "𝔘𝔫𝔦",
                "Smoking " + URDU + " and more", "Atal " + URDU)) {
            assertTrue(text.contains(wanted), "“" + wanted + "” in: " + text);
        }
        assertFalse(text.contains("#"), text);
    }

    @Test
    void urduIsDrawnJoinedAndRightToLeft() throws IOException {
        // The page's glyphs in drawing order (left to right), as the PDF's ToUnicode names them.
        String drawn = drawnText();
        // "صحت" joined: initial sad, medial hah, final teh; drawn from the left: teh, hah, sad.
        assertTrue(drawn.contains("\uFE96\uFEA4\uFEBB"), drawn);
        // "ترجیحات": reh and alef join only to the letter before them, so the jeem after reh starts
        // again (initial) and the last teh stands alone (isolated); yeh between two letters is medial.
        assertTrue(drawn.contains("\uFE95\uFE8E\uFEA4\uFBFF\uFE9F\uFEAE\uFE97"), drawn);
    }

    /** What the page content draws, glyph by glyph, without PDFBox putting right-to-left text back. */
    private static String drawnText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    StringBuilder raw = new StringBuilder();
                    positions.forEach(p -> raw.append(p.getUnicode()));
                    super.writeString(raw.toString(), positions);
                }
            };
            return stripper.getText(document);
        }
    }

    @Test
    void theFontsUsedAreEmbeddedSubsets() throws IOException {
        Map<String, Boolean> fonts = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    // A subset's name starts with a six-letter tag: "ABCDEF+Symbola".
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                    fonts.put(font.getName().substring(7), true);
                }
            }
        }
        for (String family : List.of("LiberationSans", "NotoNaskhArabic", "DroidSansFallback", "Symbola")) {
            assertTrue(fonts.keySet().stream().anyMatch(f -> f.startsWith(family)), family + " in " + fonts.keySet());
        }
        assertTrue(pdf.length < 200_000, "the subsets keep the paper small: " + pdf.length + " bytes");
    }

    @Test
    void noCautionForScriptsTheBundledFontsShow() {
        assertNull(new PdfExporter().caution(paper()));
    }

    @Test
    void aCautionStillNamesWhatNoBundledFontHas() {
        Paper korean = new Paper("건강 " + URDU, "Board", "", "", "", List.of(), List.of(), "Priority", "Plan", true,
                List.of(), null, null, List.of());
        String caution = new PdfExporter().caution(korean);
        assertTrue(caution.startsWith("The PDF cannot show 2 different characters of this paper (“건” “강”): none of "
                + "the fonts Crosswalk puts in PDF files has letters for them"), caution);
    }

    @Test
    void isStillPdfA() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals(1, document.getNumberOfPages());
        }
    }
}
