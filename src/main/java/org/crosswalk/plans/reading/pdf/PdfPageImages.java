package org.crosswalk.plans.reading.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures of a PDF's pages, so the person reviewing an import can see the page an item came
 * from. The last document stays open and the most recent pages are kept, so stepping between
 * items on the same pages is quick. Safe to call from any thread (calls take turns); slow, so
 * never call it on the JavaFX thread.
 */
public final class PdfPageImages implements AutoCloseable {
    private static final float MIN_DPI = 18;
    private static final float MAX_DPI = 600;

    private final Map<Key, BufferedImage> recent;
    private Path openFile;
    private PDDocument document;
    private PDFRenderer renderer;

    private record Key(Path file, int page, float dpi) {
    }

    /** Keeps the six most recent pages. */
    public PdfPageImages() {
        this(6);
    }

    public PdfPageImages(int pagesKept) {
        if (pagesKept < 0) {
            throw new IllegalArgumentException("pagesKept must not be negative");
        }
        recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
                return size() > pagesKept;
            }
        };
    }

    /**
     * Renders one page in colour.
     *
     * @param pdfPage 1-based physical page, as in {@code ParsedItem.pdfPage()}
     * @param dpi     resolution; 72 is the PDF's own size, about 100 fills a screen's width
     * @throws IOException              when the file cannot be opened or read (moved, damaged, protected)
     * @throws IllegalArgumentException when the document has no such page or the resolution is unusable
     */
    public synchronized BufferedImage render(Path pdf, int pdfPage, float dpi) throws IOException {
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException("Resolution " + dpi + " dpi is outside " + MIN_DPI + "–" + MAX_DPI);
        }
        Key key = new Key(pdf.toAbsolutePath().normalize(), pdfPage, dpi);
        BufferedImage kept = recent.get(key);
        if (kept != null) {
            return kept;
        }
        openIfNeeded(key.file());
        int pages = document.getNumberOfPages();
        if (pdfPage < 1 || pdfPage > pages) {
            throw new IllegalArgumentException("Page " + pdfPage + " is not in this PDF of " + pages + " pages");
        }
        BufferedImage image = renderer.renderImageWithDPI(pdfPage - 1, dpi, ImageType.RGB);
        recent.put(key, image);
        return image;
    }

    /** Physical pages in {@code pdf}. */
    public synchronized int pageCount(Path pdf) throws IOException {
        openIfNeeded(pdf.toAbsolutePath().normalize());
        return document.getNumberOfPages();
    }

    private void openIfNeeded(Path file) throws IOException {
        if (file.equals(openFile) && document != null) {
            return;
        }
        closeDocument();
        document = Loader.loadPDF(file.toFile());
        renderer = new PDFRenderer(document);
        openFile = file;
    }

    private void closeDocument() throws IOException {
        PDDocument open = document;
        document = null;
        renderer = null;
        openFile = null;
        if (open != null) {
            open.close();
        }
    }

    /** Closes the open document and forgets the kept pages. */
    @Override
    public synchronized void close() throws IOException {
        recent.clear();
        closeDocument();
    }
}
