package org.crosswalk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;

/** Writes a PDF in which each item of a parsed plan is printed on the physical page it names. */
final class SamplePdf {
    private SamplePdf() {
    }

    static Path write(ParsedPlan plan, Path file) throws IOException {
        int pages = plan.items().stream().map(ParsedItem::pdfPage).filter(p -> p != null).max(Integer::compare)
                .orElse(1);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument()) {
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - 72;
                    y = line(out, bold, 16, plan.title(), y);
                    y -= 12;
                    Integer printed = null;
                    for (ParsedItem item : plan.items()) {
                        if (item.pdfPage() != null && item.pdfPage() == number) {
                            printed = item.printedPage();
                            String start = item.number() == null ? "" : item.number() + ". ";
                            for (String text : wrap(start + item.text(), 80)) {
                                y = line(out, regular, 11, text, y);
                            }
                            y -= 10;
                        }
                    }
                    if (printed != null) {
                        line(out, regular, 10, String.valueOf(printed), 40);
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float line(PDPageContentStream out, PDType1Font font, float size, String text, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(72, y);
        out.showText(text.replace('‘', '\'').replace('’', '\''));
        out.endText();
        return y - size * 1.4f;
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
