package org.crosswalk.plans.reading.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.crosswalk.plans.reading.ReadProgress;

/**
 * The characters of every page in the order each page draws them, in runs as PDFBox splits them
 * (a run never spans two lines), read in one pass over the document.
 */
final class PageGlyphs extends PDFTextStripper {
    private final List<List<List<TextPosition>>> pages = new ArrayList<>();
    private final ReadProgress progress;
    private final int pageCount;

    private PageGlyphs(ReadProgress progress, int pageCount) {
        this.progress = progress;
        this.pageCount = pageCount;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Index 0 holds page 1's runs. */
    static List<List<List<TextPosition>>> of(PDDocument document, ReadProgress progress) throws IOException {
        PageGlyphs glyphs = new PageGlyphs(progress, document.getNumberOfPages());
        glyphs.getText(document);
        return glyphs.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        progress.checkCancelled();
        progress.update(pages.size(), pageCount, "Reading page " + (pages.size() + 1) + " of " + pageCount);
        pages.add(new ArrayList<>());
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (!positions.isEmpty() && !pages.isEmpty()) {
            pages.get(pages.size() - 1).add(List.copyOf(positions));
        }
    }
}
