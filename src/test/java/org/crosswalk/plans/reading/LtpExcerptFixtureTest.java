package org.crosswalk.plans.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.pdf.PdfPlanReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared fixture (../shared/fixtures/plan-import, copied into the test resources so the
 * test always runs): an abridged NHS Long Term Plan PDF whose every paragraph, page, chapter,
 * section and unnumbered block must come out exactly as its expected.json says.
 */
class LtpExcerptFixtureTest {
    private static JsonNode expected;
    private static ParsedPlan parsed;

    @BeforeAll
    static void readFixture() throws Exception {
        try (InputStream in = LtpExcerptFixtureTest.class.getResourceAsStream("ltp-excerpt.expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        parsed = PlanStructure.build(new PdfPlanReader().read(resource("ltp-excerpt.pdf"), ReadProgress.NONE));
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(LtpExcerptFixtureTest.class.getResource(name).toURI());
    }

    @Test
    void everyNumberedParagraphComesOutExactlyAsExpected() {
        List<ParsedItem> paragraphs = parsed.items().stream().filter(i -> i.kind() == ItemKind.PARAGRAPH).toList();
        JsonNode wanted = expected.get("paragraphs");
        List<String> numbers = new ArrayList<>();
        wanted.forEach(p -> numbers.add(p.get("number").asText()));
        assertEquals(numbers, paragraphs.stream().map(ParsedItem::number).toList(), "paragraph numbers in order");
        for (int i = 0; i < wanted.size(); i++) {
            JsonNode want = wanted.get(i);
            ParsedItem got = paragraphs.get(i);
            String number = want.get("number").asText();
            assertEquals(want.get("text").asText(), got.text(), "text of " + number);
            assertEquals(want.get("printed_page").asInt(), got.printedPage(), "printed page of " + number);
            assertEquals(want.get("pdf_page").asInt(), got.pdfPage(), "pdf page of " + number);
            assertEquals(want.get("chapter").asText(), parsed.chapters().get(got.chapter()).number(), "chapter of " + number);
            assertEquals(want.get("section").isNull() ? null : want.get("section").asText(), got.section(),
                    "section of " + number);
            JsonNode continues = want.get("continues_to_printed_page");
            assertEquals(continues == null ? null : continues.asInt(), got.continuesToPage(), "continuation of " + number);
        }
    }

    @Test
    void chaptersAreNumberedAndTitledWithTheirFirstPage() {
        JsonNode wanted = expected.get("chapters");
        assertEquals(wanted.size(), parsed.chapters().size());
        for (int i = 0; i < wanted.size(); i++) {
            ParsedChapter chapter = parsed.chapters().get(i);
            assertEquals(wanted.get(i).get("number").asText(), chapter.number());
            assertEquals(wanted.get(i).get("title").asText(), chapter.title());
            assertEquals(wanted.get(i).get("printed_page").asInt(), chapter.printedPage());
            assertEquals(wanted.get(i).get("pdf_page").asInt(), chapter.pdfPage());
        }
        assertTrue(parsed.numbered());
    }

    @Test
    void unnumberedBlocksAreKeptApartBetweenTheRightParagraphsAndMarked() {
        for (JsonNode block : expected.get("unnumbered_blocks")) {
            String kind = block.get("kind").asText();
            if (kind.equals("endnotes_list")) {
                continue;
            }
            ParsedItem item = itemStartingWith(block.get("starts_with").asText());
            assertEquals(switch (kind) {
                case "chapter_intro" -> ItemKind.PROSE;
                case "case_study_box" -> ItemKind.CASE_STUDY;
                case "figure" -> ItemKind.FIGURE;
                default -> throw new AssertionError(kind);
            }, item.kind(), kind);
            assertEquals(block.get("printed_page").asInt(), item.printedPage(), kind + " page");
            assertEquals(block.get("pdf_page").asInt(), item.pdfPage(), kind + " pdf page");
            int index = parsed.items().indexOf(item);
            JsonNode between = block.get("between");
            assertEquals(between.get(0).isNull() ? null : between.get(0).asText(), numberBefore(index), kind + " after");
            assertEquals(between.get(1).asText(), numberAfter(index), kind + " before");
            switch (kind) {
                case "case_study_box" -> assertEquals(block.get("title").asText() + "\n" + block.get("text").asText(),
                        item.text());
                case "figure" -> assertEquals(block.get("caption").asText() + "\n" + block.get("source").asText(),
                        item.text());
                default -> assertEquals(block.get("text").asText(), item.text());
            }
        }
    }

    @Test
    void theEndnotesListIsNotImportedAndItsLeavingIsNoted() {
        assertTrue(parsed.items().stream().noneMatch(i -> i.text().contains("Illustrative reference")));
        assertEquals("3.69", parsed.items().get(parsed.items().size() - 1).number());
        assertTrue(parsed.notes().stream().anyMatch(n -> n.contains("Endnotes")), parsed.notes().toString());
    }

    @Test
    void endnoteMarkersHyphenationAndDecoysAreHandled() {
        for (JsonNode marker : expected.get("endnote_markers")) {
            ParsedItem item = paragraph(marker.get("paragraph").asText());
            String shown = marker.get("pdf_shows").asText();
            assertFalse(item.text().contains(shown), "marker left in " + shown);
        }
        for (JsonNode hyphen : expected.get("line_end_hyphens")) {
            ParsedItem item = paragraph(hyphen.get("paragraph").asText());
            assertTrue(item.text().contains(hyphen.get("joined_as").asText()), hyphen.toString());
        }
        assertEquals(List.of("2.18"), parsed.items().stream().filter(i -> i.continuesToPage() != null)
                .map(ParsedItem::number).toList());
    }

    @Test
    void coverAndContentsPagesAreLeftOutWithANote() {
        assertTrue(parsed.items().stream().noneMatch(i -> i.pdfPage() != null && i.pdfPage() <= 2));
        assertTrue(parsed.notes().stream().anyMatch(n -> n.contains("contents")), parsed.notes().toString());
        assertEquals("The NHS Long Term Plan (abridged extract, test fixture)", parsed.title());
    }

    private ParsedItem paragraph(String number) {
        return parsed.items().stream().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
    }

    private ParsedItem itemStartingWith(String start) {
        return parsed.items().stream().filter(i -> i.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no item starts with " + start));
    }

    private String numberBefore(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (parsed.items().get(i).number() != null) {
                return parsed.items().get(i).number();
            }
        }
        return null;
    }

    private String numberAfter(int index) {
        for (int i = index + 1; i < parsed.items().size(); i++) {
            if (parsed.items().get(i).number() != null) {
                return parsed.items().get(i).number();
            }
        }
        return null;
    }
}
