package org.crosswalk.plans.reading.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.PlanImport;
import org.crosswalk.plans.reading.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan typeset by another program (openhtmltopdf, from HTML and CSS): page numbers centred in
 * the footer, bold paragraph numbers in a hanging indent, justified text, a framed box, a table
 * and a heading style of its own. The reader must find the same outline without being told.
 */
class HtmlRenderedPlanTest {
    private static final String FILLER = "Integrated care systems will work with local government and the voluntary "
            + "sector to plan services around the needs of their populations, and will report on progress every year "
            + "so that residents can hold them to account for the difference they make.";

    @TempDir
    Path folder;

    @Test
    void anotherTypesettersPlanGivesItsChaptersParagraphsPagesAndBox() throws Exception {
        StringBuilder html = new StringBuilder("""
                <html><head><title>Regional Health Strategy 2030</title><style>
                @page { size: A4; margin: 25mm 20mm; @bottom-center { content: counter(page); font-size: 9pt; }
                        @top-right { content: "Regional Health Strategy"; font-size: 8pt; } }
                @page :first { @bottom-center { content: none; } @top-right { content: none; } }
                body { font-family: sans-serif; font-size: 10pt; text-align: justify; }
                h1 { font-size: 22pt; page-break-before: always; }
                h2 { font-size: 14pt; }
                p.n { margin-left: 12mm; text-indent: -12mm; }
                p.n b { display: inline-block; width: 12mm; text-indent: 0; }
                div.box { border: 1pt solid #333; background: #eef; padding: 4mm; margin: 4mm 0; }
                </style></head><body>
                <div style="font-size: 30pt; font-weight: bold; margin-top: 80mm">Regional Health Strategy 2030</div>
                """);
        for (int chapter = 1; chapter <= 2; chapter++) {
            html.append("<h1>").append(chapter == 1 ? "Starting well" : "Living well").append("</h1>");
            html.append("<h2>").append(chapter == 1 ? "Early years" : "Healthy places").append("</h2>");
            for (int p = 1; p <= 12; p++) {
                html.append("<p class='n'><b>").append(chapter).append('.').append(p).append(".</b>Paragraph ")
                        .append(chapter).append('.').append(p).append(" opens here. ").append(FILLER).append("</p>");
                if (chapter == 1 && p == 4) {
                    html.append("<div class='box'><p><b>Case study: a family hub in Northtown</b></p>"
                            + "<p>Parents find midwives, health visitors and advice in one building.</p></div>");
                }
            }
        }
        html.append("</body></html>");
        Path pdf = folder.resolve("strategy.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
        }

        ParsedPlan plan = PlanImport.read(pdf, ReadProgress.NONE);

        assertEquals(List.of("Starting well", "Living well"), plan.chapters().stream().map(c -> c.title()).toList());
        assertEquals(List.of("1", "2"), plan.chapters().stream().map(c -> c.number()).toList());
        List<ParsedItem> paragraphs = plan.items().stream().filter(i -> i.kind() == ItemKind.PARAGRAPH).toList();
        assertEquals(24, paragraphs.size(), plan.items().toString());
        for (ParsedItem item : paragraphs) {
            assertTrue(item.text().startsWith("Paragraph " + item.number() + " opens here."), item.text());
            assertTrue(item.text().endsWith("the difference they make."), item.number() + ": " + item.text());
            assertTrue(item.printedPage() != null && item.printedPage() == item.pdfPage(),
                    item.number() + " printed page " + item.printedPage() + " on PDF page " + item.pdfPage());
        }
        assertEquals("Early years", paragraphs.get(0).section());
        ParsedItem box = plan.items().stream().filter(i -> i.kind() == ItemKind.CASE_STUDY).findFirst().orElseThrow();
        assertEquals("Case study: a family hub in Northtown\nParents find midwives, health visitors and advice in "
                + "one building.", box.text());
        assertTrue(plan.items().stream().noneMatch(i -> i.text().contains("Regional Health Strategy")),
                "the running header is not content");
    }
}
