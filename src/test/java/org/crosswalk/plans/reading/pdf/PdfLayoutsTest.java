package org.crosswalk.plans.reading.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.PlanStructure;
import org.crosswalk.plans.reading.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF plans laid out unlike the shared fixture, and PDFs that cannot be read. */
class PdfLayoutsTest {
    private static final String LONG = "Local systems will agree how services for people with long-term conditions "
            + "are joined up across primary care, community services and hospitals, and will publish the results "
            + "of that work each year so that residents can see the difference it makes to them and their families.";

    @TempDir
    Path folder;

    @Test
    void numbersInAHangingIndentWithPageFootersAndHeadingsWithoutTheWordChapter() throws Exception {
        Path pdf = folder.resolve("hanging.pdf");
        try (PlanPdfWriter writer = new PlanPdfWriter("A Healthier Region Plan", 7)) {
            writer.cover("A Healthier Region").chapter("Better care for everyone")
                    .paragraph("1.1.", "Everyone should get good care close to home.^12 We will make it so.")
                    .section("Joined-up care")
                    .paragraph("1.2.", "Services will work together:")
                    .bullet("primary care will lead;")
                    .bullet("hospitals will support.");
            for (int i = 3; i <= 30; i++) {
                writer.paragraph("1." + i + ".", "Paragraph " + i + ". " + LONG);
            }
            writer.chapter("Prevention first").paragraph("2.1.", "Prevention comes first in everything we do.");
            writer.save(pdf);
        }
        ParsedPlan plan = PlanStructure.build(new PdfPlanReader().read(pdf, ReadProgress.NONE));

        assertTrue(plan.numbered());
        assertEquals(List.of("1", "2"), plan.chapters().stream().map(c -> c.number()).toList());
        assertEquals(List.of("Better care for everyone", "Prevention first"),
                plan.chapters().stream().map(c -> c.title()).toList());
        ParsedItem first = number(plan, "1.1");
        assertEquals("Everyone should get good care close to home. We will make it so.", first.text(),
                "the superscript marker 12 is dropped");
        assertEquals(7, first.printedPage(), "printed page from the “Page N” footer, not the PDF page index");
        assertNull(first.section());
        ParsedItem listed = number(plan, "1.2");
        assertEquals("Services will work together:\n• primary care will lead;\n• hospitals will support.",
                listed.text());
        assertEquals("Joined-up care", listed.section());
        assertEquals(30, plan.items().stream().filter(i -> i.number() != null && i.number().startsWith("1.")).count());
        assertTrue(plan.items().stream().filter(i -> i.number() != null)
                .allMatch(i -> i.text().startsWith("Paragraph") || !i.text().contains("Healthier Region Plan")),
                "the running header is not part of any paragraph");
        ParsedItem broken = plan.items().stream().filter(i -> i.continuesToPage() != null).findFirst().orElseThrow();
        assertTrue(broken.text().endsWith("to them and their families."), broken.text());
        assertEquals(broken.printedPage() + 1, broken.continuesToPage());
        assertEquals(number(plan, "1.30").printedPage() + 1, number(plan, "2.1").printedPage(),
                "chapter 2 starts on the page after chapter 1 ends");
        assertEquals(number(plan, "2.1").printedPage(), plan.chapters().get(1).printedPage());
    }

    @Test
    void aPlanWithoutParagraphNumbersGivesItsParagraphsAndBulletsUnderTheirHeadings() throws Exception {
        Path pdf = folder.resolve("unnumbered.pdf");
        try (PlanPdfWriter writer = new PlanPdfWriter("Ten Year Plan", 1)) {
            writer.chapter("From hospital to community").section("Neighbourhood health")
                    .prose("We will bring care closer to where people live.")
                    .bullet("Every area will have a neighbourhood health centre by 2035.")
                    .bullet("GP appointments will be bookable online the same day.")
                    .section("Digital care")
                    .prose("The NHS App will become the front door to the NHS.")
                    .chapter("From sickness to prevention").section("Healthy food")
                    .bullet("Mandatory healthy food sales reporting for large food businesses.");
            writer.save(pdf);
        }
        ParsedPlan plan = PlanStructure.build(new PdfPlanReader().read(pdf, ReadProgress.NONE));

        assertFalse(plan.numbered());
        assertEquals(List.of("From hospital to community", "From sickness to prevention"),
                plan.chapters().stream().map(c -> c.title()).toList());
        assertEquals(5, plan.items().size(), plan.items().toString());
        ParsedItem commitment = plan.items().get(1);
        assertEquals(ItemKind.COMMITMENT, commitment.kind());
        assertEquals("Every area will have a neighbourhood health centre by 2035.", commitment.text());
        assertEquals("Neighbourhood health", commitment.section());
        assertEquals(1, commitment.printedPage());
        assertEquals(ItemKind.PARAGRAPH, plan.items().get(3).kind());
        assertEquals("Digital care", plan.items().get(3).section());
        assertNull(plan.items().get(3).number());
        assertEquals(1, plan.items().get(4).chapter());
    }

    @Test
    void aPasswordProtectedPdfIsExplained() throws Exception {
        Path pdf = folder.resolve("locked.pdf");
        try (PlanPdfWriter writer = new PlanPdfWriter("Plan", 1)) {
            writer.chapter("One").paragraph("1.1.", "Text.");
            writer.save(pdf);
        }
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            document.protect(policy);
            document.save(pdf.toFile());
        }
        PlanReadException problem = assertThrows(PlanReadException.class,
                () -> new PdfPlanReader().read(pdf, ReadProgress.NONE));
        assertTrue(problem.getMessage().contains("protected by a password"), problem.getMessage());
    }

    @Test
    void aScanWithoutATextLayerIsExplained() throws Exception {
        Path pdf = folder.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                BufferedImage picture = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
                PDImageXObject image = LosslessFactory.createFromImage(document, picture);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.drawImage(image, 50, 50, 500, 700);
                }
            }
            document.save(pdf.toFile());
        }
        PlanReadException problem = assertThrows(PlanReadException.class,
                () -> new PdfPlanReader().read(pdf, ReadProgress.NONE));
        assertTrue(problem.getMessage().contains("scanned"), problem.getMessage());
        assertTrue(problem.getMessage().contains("OCR"), problem.getMessage());
    }

    @Test
    void aDamagedPdfIsExplained() throws Exception {
        Path pdf = folder.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage that never ends");
        PlanReadException problem = assertThrows(PlanReadException.class,
                () -> new PdfPlanReader().read(pdf, ReadProgress.NONE));
        assertTrue(problem.getMessage().contains("damaged") || problem.getMessage().contains("no pages"),
                problem.getMessage());
    }

    @Test
    void cancellingStopsTheReading() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        try (PlanPdfWriter writer = new PlanPdfWriter("Plan", 1)) {
            writer.chapter("One").paragraph("1.1.", LONG);
            writer.save(pdf);
        }
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void update(long done, long total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> new PdfPlanReader().read(pdf, cancelled));
    }

    private static ParsedItem number(ParsedPlan plan, String number) {
        return plan.items().stream().filter(i -> number.equals(i.number())).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + number + " in " + plan.items()));
    }
}
