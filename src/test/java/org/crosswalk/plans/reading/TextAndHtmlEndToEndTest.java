package org.crosswalk.plans.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.html.HtmlPlanReader;
import org.crosswalk.plans.reading.text.TextPlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared LTP excerpt saved as a text file and as a web page comes out of the text and HTML
 * readers and PlanStructure with the fixture's chapters, paragraph numbers, sections and texts.
 */
class TextAndHtmlEndToEndTest {
    private static final String FIXTURE = "/org/crosswalk/plans/reading/ltp-excerpt.expected.json";

    @TempDir
    Path dir;

    private static JsonNode fixture() throws Exception {
        try (InputStream in = Objects.requireNonNull(TextAndHtmlEndToEndTest.class.getResourceAsStream(FIXTURE))) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Walks the fixture in reading order, handing each piece to the format's writer. */
    private interface Writer {
        void chapter(JsonNode chapter);

        void section(String title);

        void paragraph(String number, String lead, List<String> bullets);

        void unnumbered(JsonNode block);
    }

    private static void walk(JsonNode fixture, Writer writer) {
        Map<String, List<JsonNode>> after = new HashMap<>();
        for (JsonNode block : fixture.get("unnumbered_blocks")) {
            JsonNode before = block.get("between").get(0);
            after.computeIfAbsent(before.isNull() ? "" : before.asText(), k -> new ArrayList<>()).add(block);
        }
        String chapter = null;
        String section = null;
        for (JsonNode paragraph : fixture.get("paragraphs")) {
            String number = paragraph.get("number").asText();
            if (!paragraph.get("chapter").asText().equals(chapter)) {
                chapter = paragraph.get("chapter").asText();
                section = null;
                for (JsonNode c : fixture.get("chapters")) {
                    if (c.get("number").asText().equals(chapter)) {
                        writer.chapter(c);
                    }
                }
                for (JsonNode intro : after.getOrDefault(chapter.equals("2") ? "" : "2.38", List.of())) {
                    if (intro.get("kind").asText().equals("chapter_intro")) {
                        writer.unnumbered(intro);
                    }
                }
            }
            JsonNode wanted = paragraph.get("section");
            if (!wanted.isNull() && !wanted.asText().equals(section)) {
                section = wanted.asText();
                writer.section(section);
            }
            String[] lines = paragraph.get("text").asText().split("\n");
            List<String> bullets = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                bullets.add(lines[i].substring(2));
            }
            writer.paragraph(number, lines[0], bullets);
            for (JsonNode extra : after.getOrDefault(number, List.of())) {
                if (!extra.get("kind").asText().equals("chapter_intro")) {
                    writer.unnumbered(extra);
                }
            }
        }
    }

    /** Breaks text into lines of at most 72 characters, at spaces, as a plain-text plan would be. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() - lineStart + word.length() + 1 > 72 && out.length() > lineStart) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static String asText(JsonNode fixture) {
        StringBuilder out = new StringBuilder();
        walk(fixture, new Writer() {
            @Override
            public void chapter(JsonNode chapter) {
                out.append(chapter.get("heading").asText()).append("\n\n");
            }

            @Override
            public void section(String title) {
                out.append(title).append("\n\n");
            }

            @Override
            public void paragraph(String number, String lead, List<String> bullets) {
                out.append(wrap(number + ". " + lead)).append('\n');
                bullets.forEach(b -> out.append("\u2022 ").append(wrap(b)).append('\n'));
                out.append('\n');
            }

            @Override
            public void unnumbered(JsonNode block) {
                switch (block.get("kind").asText()) {
                    case "chapter_intro" -> out.append(wrap(block.get("text").asText())).append("\n\n");
                    case "case_study_box" -> out.append(block.get("title").asText()).append("\n\n")
                            .append(wrap(block.get("text").asText())).append("\n\n");
                    case "figure" -> out.append(block.get("caption").asText()).append("\n\n")
                            .append(block.get("source").asText()).append("\n\n");
                    case "endnotes_list" -> {
                        out.append("Endnotes\n\n");
                        block.get("entries").forEach(e -> out.append(wrap(e.get("marker").asText() + " "
                                + e.get("text").asText())).append("\n\n"));
                    }
                    default -> throw new IllegalStateException(block.toString());
                }
            }
        });
        return out.toString();
    }

    private static String asHtml(JsonNode fixture) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><title>The NHS Long Term Plan - GOV.UK"
                + "</title></head><body><header><nav><a href=\"/\">GOV.UK</a></nav></header><main>"
                + "<h1>The NHS Long Term Plan</h1>\n");
        Function<String, String> esc = s -> s.replace("&", "&amp;").replace("<", "&lt;");
        walk(fixture, new Writer() {
            @Override
            public void chapter(JsonNode chapter) {
                out.append("<h2>").append(esc.apply(chapter.get("heading").asText())).append("</h2>\n");
            }

            @Override
            public void section(String title) {
                out.append("<h3>").append(esc.apply(title)).append("</h3>\n");
            }

            @Override
            public void paragraph(String number, String lead, List<String> bullets) {
                out.append("<p>").append(number).append(". ").append(esc.apply(lead)).append("</p>\n");
                if (!bullets.isEmpty()) {
                    out.append("<ul>");
                    bullets.forEach(b -> out.append("<li>").append(esc.apply(b)).append("</li>"));
                    out.append("</ul>\n");
                }
            }

            @Override
            public void unnumbered(JsonNode block) {
                switch (block.get("kind").asText()) {
                    case "chapter_intro" -> out.append("<p>").append(esc.apply(block.get("text").asText()))
                            .append("</p>\n");
                    case "case_study_box" -> out.append("<aside class=\"case-study\"><h4>")
                            .append(esc.apply(block.get("title").asText())).append("</h4><p>")
                            .append(esc.apply(block.get("text").asText())).append("</p></aside>\n");
                    case "figure" -> out.append("<figure><figcaption>").append(esc.apply(block.get("caption").asText()))
                            .append("</figcaption><img src=\"chart.png\" alt=\"\"><p>")
                            .append(esc.apply(block.get("source").asText())).append("</p></figure>\n");
                    case "endnotes_list" -> {
                        out.append("<h3>Endnotes</h3><ol>");
                        block.get("entries").forEach(e -> out.append("<li>").append(esc.apply(e.get("text").asText()))
                                .append("</li>"));
                        out.append("</ol>\n");
                    }
                    default -> throw new IllegalStateException(block.toString());
                }
            }
        });
        return out.append("</main><footer>Open Government Licence</footer></body></html>").toString();
    }

    private static void assertMatchesFixture(JsonNode fixture, ParsedPlan plan) {
        assertTrue(plan.numbered());
        List<ParsedChapter> chapters = plan.chapters();
        assertEquals(List.of("2", "3"), chapters.stream().map(ParsedChapter::number).toList());
        for (int i = 0; i < chapters.size(); i++) {
            assertEquals(fixture.get("chapters").get(i).get("title").asText(), chapters.get(i).title());
        }
        List<ParsedItem> paragraphs = plan.items().stream().filter(item -> item.number() != null).toList();
        List<String> numbers = new ArrayList<>();
        fixture.get("paragraphs").forEach(p -> numbers.add(p.get("number").asText()));
        assertEquals(numbers, paragraphs.stream().map(ParsedItem::number).toList());
        for (int i = 0; i < paragraphs.size(); i++) {
            JsonNode expected = fixture.get("paragraphs").get(i);
            ParsedItem item = paragraphs.get(i);
            String where = "paragraph " + item.number();
            assertEquals(expected.get("text").asText(), item.text(), where);
            assertEquals(expected.get("section").isNull() ? null : expected.get("section").asText(), item.section(),
                    where);
            assertEquals(expected.get("chapter").asText(), chapters.get(item.chapter()).number(), where);
        }
        assertTrue(plan.items().stream().anyMatch(i -> i.kind() == ItemKind.CASE_STUDY), "case study");
        assertTrue(plan.items().stream().anyMatch(i -> i.kind() == ItemKind.FIGURE), "figure");
        assertTrue(plan.items().stream().noneMatch(i -> i.text().contains("Illustrative reference")), "endnotes");
    }

    @Test
    void theLtpExcerptAsATextFileGivesTheFixturesParagraphs() throws Exception {
        JsonNode fixture = fixture();
        Path file = Files.writeString(dir.resolve("ltp-excerpt.txt"), asText(fixture), StandardCharsets.UTF_8);

        assertEquals(PlanFormat.TEXT, new FormatSniffer().detect(file));
        assertMatchesFixture(fixture, PlanStructure.build(new TextPlanReader().read(file, ReadProgress.NONE)));
    }

    @Test
    void theLtpExcerptAsAWebPageGivesTheFixturesParagraphs() throws Exception {
        JsonNode fixture = fixture();
        Path file = Files.writeString(dir.resolve("ltp-excerpt.html"), asHtml(fixture), StandardCharsets.UTF_8);

        assertEquals(PlanFormat.HTML, new FormatSniffer().detect(file));
        ParsedPlan plan = PlanStructure.build(new HtmlPlanReader().read(file, ReadProgress.NONE));
        assertEquals("The NHS Long Term Plan", plan.title());
        assertMatchesFixture(fixture, plan);
    }
}
