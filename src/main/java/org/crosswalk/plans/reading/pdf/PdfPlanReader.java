package org.crosswalk.plans.reading.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.crosswalk.plans.reading.Hyphenation;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.PlanReader;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.SourceDocument;

/**
 * Reads a PDF plan from its text layer (PDFBox text positions and fonts): lines, boxes,
 * running headers and footers, printed page numbers, then blocks.
 */
public final class PdfPlanReader implements PlanReader {
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(\\.{3,}|…{2,}|\\s{3,})\\s*\\d{1,4}$");
    private static final Pattern CONTENTS_TITLE = Pattern.compile("(?i)^(table of )?contents$");
    private static final int COVER_MAX_LINES = 25;

    @Override
    public SourceDocument read(Path file, ReadProgress progress) throws PlanReadException {
        try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            return read(document, progress);
        } catch (InvalidPasswordException e) {
            throw new PlanReadException("This PDF is protected by a password, so Crosswalk cannot read its text. "
                    + "Open it in a PDF reader with the password, save a copy without protection, and import that copy.",
                    e);
        } catch (IOException e) {
            throw new PlanReadException("This PDF could not be read: it looks damaged or incomplete ("
                    + plain(e) + "). Download it again, or save it again from the program that made it.", e);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox meets some damage only while walking the pages (found by the fuzzer: a page
            // tree pointing at something that is not a page gives an IllegalStateException).
            throw new PlanReadException("This PDF could not be read: its inner structure is damaged. Download it "
                    + "again, or save it again from the program that made it.", e);
        }
    }

    private SourceDocument read(PDDocument document, ReadProgress progress) throws IOException, PlanReadException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new PlanReadException("This PDF has no pages.");
        }
        List<List<PdfLine>> pages = new ArrayList<>();
        float[] heights = new float[pageCount];
        int characters = 0;
        List<List<List<org.apache.pdfbox.text.TextPosition>>> glyphs = PageGlyphs.of(document, progress);
        for (int index = 0; index < pageCount; index++) {
            progress.checkCancelled();
            PDPage page = document.getPage(index);
            heights[index] = page.getCropBox().getHeight();
            List<List<org.apache.pdfbox.text.TextPosition>> runs = index < glyphs.size() ? glyphs.get(index) : List.of();
            List<PdfLine> lines = inBoxes(LineAssembler.lines(index + 1, runs), ShadedBoxes.of(page));
            characters += lines.stream().mapToInt(l -> l.text().length()).sum();
            pages.add(lines);
        }
        if (characters < 40 * pageCount && characters < 2000) {
            throw new PlanReadException("This PDF has no text to read: its pages look like scanned pictures. "
                    + "Crosswalk needs a PDF with selectable text. Ask the publisher for the original PDF, "
                    + "or run the scan through text recognition (OCR) first.");
        }
        progress.update(pageCount, pageCount, "Finding chapters and paragraphs");
        PageFurniture furniture = PageFurniture.find(pages, heights, labels(document));
        List<String> notes = new ArrayList<>();
        List<PdfLine> content = new ArrayList<>();
        for (int index = 0; index < pageCount; index++) {
            List<PdfLine> kept = pages.get(index).stream().filter(l -> !furniture.isFurniture(l)).toList();
            String skipped = skipReason(index + 1, kept, furniture);
            if (skipped != null) {
                notes.add("Page " + (index + 1) + " (" + skipped + ") was left out.");
            } else {
                content.addAll(kept);
            }
        }
        Hyphenation hyphenation = Hyphenation.learning(content.stream().map(PdfLine::text).toList());
        List<SourceBlock> blocks = BlockAssembler.blocks(content, TypeStyles.of(content), hyphenation, furniture);
        return new SourceDocument(title(document), blocks, pageCount, notes);
    }

    /** Why a page is not plan content: a cover or a contents page; null when it is content. */
    private static String skipReason(int page, List<PdfLine> lines, PageFurniture furniture) {
        long entries = lines.stream().filter(l -> CONTENTS_ENTRY.matcher(l.text()).find()).count();
        boolean titled = lines.stream().limit(3).anyMatch(l -> CONTENTS_TITLE.matcher(l.text().strip()).matches());
        if (titled || (entries >= 3 && entries * 2 >= lines.size())) {
            return "contents";
        }
        boolean othersNumbered = furniture.printedPage(page + 1) != null || furniture.printedPage(page + 2) != null;
        if (page == 1 && furniture.printedPage(1) == null && othersNumbered && lines.size() <= COVER_MAX_LINES) {
            return "cover";
        }
        return null;
    }

    private static List<PdfLine> inBoxes(List<PdfLine> lines, List<Rectangle2D> boxes) {
        if (boxes.isEmpty()) {
            return lines;
        }
        List<PdfLine> placed = new ArrayList<>(lines.size());
        for (PdfLine line : lines) {
            int box = 0;
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).contains(line.x() + 1, line.baseline() - line.size() * 0.3)) {
                    box = i + 1;
                    break;
                }
            }
            placed.add(box == 0 ? line : line.inBox(box));
        }
        return placed;
    }

    private static String[] labels(PDDocument document) {
        try {
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            return labels == null ? null : labels.getLabelsByPageIndices();
        } catch (IOException | RuntimeException e) {
            return null; // A broken label tree only costs the labels; footers still give numbers.
        }
    }

    private static String title(PDDocument document) {
        String title = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static String plain(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
