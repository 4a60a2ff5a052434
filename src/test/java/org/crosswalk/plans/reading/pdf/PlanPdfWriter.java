package org.crosswalk.plans.reading.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes plan-like PDFs for tests and benchmarks, laid out differently from the shared fixture:
 * numbers in a hanging indent, smaller running footer "Page N", dash bullets, headings without
 * "Chapter", superscript endnote markers, paragraphs broken across pages.
 */
public final class PlanPdfWriter implements AutoCloseable {
    private static final float LEFT = 56;
    private static final float TEXT_LEFT = 92;
    private static final float RIGHT = 540;
    private static final float TOP = 90;
    private static final float BOTTOM = 760;
    private static final float BODY = 10.5f;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final String header;
    private final int firstPrinted;
    private PDPageContentStream stream;
    private float y;
    private int pageIndex;
    private int unnumberedPages;

    public PlanPdfWriter(String header, int firstPrinted) throws IOException {
        this.header = header;
        this.firstPrinted = firstPrinted;
        regular = font("/fonts/LiberationSans-Regular.ttf");
        bold = font("/fonts/LiberationSans-Bold.ttf");
    }

    private PDFont font(String resource) throws IOException {
        try (java.io.InputStream in = PlanPdfWriter.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }

    /** An unnumbered cover page with a big title. */
    public PlanPdfWriter cover(String title) throws IOException {
        newPage(false);
        unnumberedPages++;
        write(bold, 30, LEFT, 300, title);
        write(regular, 14, LEFT, 340, "Published for consultation");
        return this;
    }

    public PlanPdfWriter chapter(String title) throws IOException {
        newPage(true);
        y += 20;
        for (String line : wrap(title, bold, 20, RIGHT - LEFT)) {
            write(bold, 20, LEFT, y, line);
            y += 26;
        }
        y += 8;
        return this;
    }

    public PlanPdfWriter section(String title) throws IOException {
        room(40);
        y += 10;
        write(bold, 13, LEFT, y, title);
        y += 20;
        return this;
    }

    /** A numbered paragraph; a "^" before digits marks a superscript endnote marker. */
    public PlanPdfWriter paragraph(String number, String text) throws IOException {
        room(BODY * 2);
        write(regular, BODY, LEFT, y, number);
        lines(text, TEXT_LEFT, RIGHT - TEXT_LEFT);
        y += BODY * 0.8f;
        return this;
    }

    /** An unnumbered paragraph at the text indent. */
    public PlanPdfWriter prose(String text) throws IOException {
        lines(text, LEFT, RIGHT - LEFT);
        y += BODY * 0.8f;
        return this;
    }

    public PlanPdfWriter bullet(String text) throws IOException {
        room(BODY * 2);
        write(regular, BODY, TEXT_LEFT + 4, y, "–");
        lines(text, TEXT_LEFT + 18, RIGHT - TEXT_LEFT - 18);
        y += BODY * 0.4f;
        return this;
    }

    public void save(Path file) throws IOException {
        closePage();
        document.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        closePage();
        document.close();
    }

    private void lines(String text, float x, float width) throws IOException {
        for (String line : wrap(text, regular, BODY, width)) {
            room(BODY * 1.5f);
            writeWithMarkers(x, y, line);
            y += BODY * 1.45f;
        }
    }

    private void writeWithMarkers(float x, float baseline, String line) throws IOException {
        float cursor = x;
        String[] parts = line.split("\\^");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0) {
                int digits = 0;
                while (digits < part.length() && Character.isDigit(part.charAt(digits))) {
                    digits++;
                }
                write(regular, BODY * 0.6f, cursor, baseline - BODY * 0.4f, part.substring(0, digits));
                cursor += regular.getStringWidth(part.substring(0, digits)) / 1000 * BODY * 0.6f;
                part = part.substring(digits);
            }
            write(regular, BODY, cursor, baseline, part);
            cursor += regular.getStringWidth(part) / 1000 * BODY;
        }
    }

    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate.replace("^", "")) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void room(float needed) throws IOException {
        if (stream == null || y + needed > BOTTOM) {
            newPage(true);
        }
    }

    private void newPage(boolean numbered) throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pageIndex++;
        stream = new PDPageContentStream(document, page);
        if (numbered) {
            write(regular, 8, LEFT, 40, header);
            write(regular, 8, RIGHT - 40, 810, "Page " + (firstPrinted + pageIndex - 1 - unnumberedPages));
        }
        y = TOP;
    }

    private void closePage() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void write(PDFont font, float size, float x, float top, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, PDRectangle.A4.getHeight() - top);
        stream.showText(text);
        stream.endText();
    }
}
