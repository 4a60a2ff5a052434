package org.crosswalk.plans.reading.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of a PDF made in the test: one black square on page 2, in its top left corner. */
class PdfPageImagesTest {
    @TempDir
    Path folder;

    private Path threePages() throws IOException {
        Path file = folder.resolve("plan.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (i == 2) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.setNonStrokingColor(Color.BLACK);
                        // 72 × 72 points (one inch) at the top left; PDF y runs upwards.
                        content.addRect(0, PDRectangle.A4.getHeight() - 72, 72, 72);
                        content.fill();
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void rendersTheAskedPageAtTheAskedResolution() throws IOException {
        Path pdf = threePages();
        try (PdfPageImages images = new PdfPageImages()) {
            assertEquals(3, images.pageCount(pdf));
            BufferedImage second = images.render(pdf, 2, 72);
            assertEquals(Math.round(PDRectangle.A4.getWidth()), second.getWidth());
            assertEquals(Color.BLACK.getRGB(), second.getRGB(10, 10), "the square is on page 2");
            assertEquals(Color.WHITE.getRGB(), second.getRGB(200, 200));
            assertEquals(Color.WHITE.getRGB(), images.render(pdf, 1, 72).getRGB(10, 10), "page 1 is blank");

            BufferedImage sharper = images.render(pdf, 2, 144);
            assertEquals(2 * second.getWidth(), sharper.getWidth(), 1);
            assertEquals(Color.BLACK.getRGB(), sharper.getRGB(140, 140), "one inch is 144 pixels at 144 dpi");
        }
    }

    @Test
    void keepsRecentPagesAndForgetsTheOldest() throws IOException {
        Path pdf = threePages();
        try (PdfPageImages images = new PdfPageImages(2)) {
            BufferedImage first = images.render(pdf, 1, 50);
            assertSame(first, images.render(pdf, 1, 50));
            images.render(pdf, 2, 50);
            images.render(pdf, 3, 50);
            assertNotSame(first, images.render(pdf, 1, 50), "page 1 was the oldest of three, so it was let go");
        }
    }

    @Test
    void aPageThatIsNotThereOrAMissingFileIsRefused() throws IOException {
        Path pdf = threePages();
        try (PdfPageImages images = new PdfPageImages()) {
            assertThrows(IllegalArgumentException.class, () -> images.render(pdf, 4, 72));
            assertThrows(IllegalArgumentException.class, () -> images.render(pdf, 0, 72));
            assertThrows(IllegalArgumentException.class, () -> images.render(pdf, 1, 0));
            assertThrows(IOException.class, () -> images.render(folder.resolve("gone.pdf"), 1, 72));
            Path notPdf = Files.writeString(folder.resolve("notes.pdf"), "not a PDF");
            assertThrows(IOException.class, () -> images.render(notPdf, 1, 72));
            assertEquals(Color.BLACK.getRGB(), images.render(pdf, 2, 72).getRGB(5, 5), "still works after failures");
        }
    }
}
