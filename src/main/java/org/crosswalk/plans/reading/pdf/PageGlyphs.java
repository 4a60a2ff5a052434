package org.crosswalk.plans.reading.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The characters of one page in the order the page draws them, in runs as PDFBox splits them
 * (a run never spans two lines).
 */
final class PageGlyphs extends PDFTextStripper {
    private final List<List<TextPosition>> runs = new ArrayList<>();

    private PageGlyphs() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    static List<List<TextPosition>> of(PDDocument document, int page) throws IOException {
        PageGlyphs glyphs = new PageGlyphs();
        glyphs.setStartPage(page);
        glyphs.setEndPage(page);
        glyphs.getText(document);
        return glyphs.runs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (!positions.isEmpty()) {
            runs.add(List.copyOf(positions));
        }
    }
}
