package org.crosswalk.plans.reading.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.ParsedChapter;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.PlanStructure;
import org.crosswalk.plans.reading.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared LTP excerpt typed into Word as an officer would (chapter 2 with typed numbers,
 * chapter 3 with Word's automatic numbering, a contents page, running header, page-number
 * footer, footnotes, a case-study box and a figure) comes out of the Word reader and the plan
 * structure with the fixture's chapters, numbers, sections, texts and pages.
 */
class DocxPlanStructureTest {
    private static final String FIXTURE = "/org/crosswalk/plans/reading/ltp-excerpt.expected.json";

    @TempDir
    Path dir;

    private JsonNode fixture() throws Exception {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FIXTURE), FIXTURE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    /** Writes the LTP excerpt as a Word document, putting Word's saved page breaks where the PDF's pages start. */
    private Path ltpInWord(JsonNode fixture) throws Exception {
        WordFiles word = new WordFiles();
        int[] page = {1};
        word.title("The NHS Long Term Plan");
        // Contents page, then a section break: the cover and contents print no page number.
        XWPFParagraph contentsStart = word.paragraph("TOC1", null);
        startPage(contentsStart, page, 2);
        contentsStart.getRuns().get(0).setText("Chapter 2: More NHS action on prevention and health inequalities\t33");
        word.paragraph("TOC1", "Chapter 3: Further progress on care quality and outcomes\t38");
        word.document().createParagraph().getCTP().addNewPPr().addNewSectPr();
        word.document().createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                .setText("The NHS Long Term Plan");
        word.pageNumberFooter();
        word.numberPagesFrom(33, false);

        BigInteger chapterThree = word.list(3, new String[][] {{"decimal", "Chapter %1:"}, {"decimal", "%1.%2."}});
        BigInteger bullets = word.list(1, new String[][] {{"bullet", "\u2022"}});

        Map<String, JsonNode> markers = new HashMap<>();
        fixture.get("endnote_markers").forEach(m -> markers.put(m.get("paragraph").asText(), m));
        Map<String, List<JsonNode>> unnumberedAfter = new HashMap<>();
        for (JsonNode block : fixture.get("unnumbered_blocks")) {
            JsonNode after = block.get("between").get(0);
            unnumberedAfter.computeIfAbsent(after.isNull() ? "" : after.asText(), k -> new ArrayList<>()).add(block);
        }
        Map<String, JsonNode> chapters = new HashMap<>();
        fixture.get("chapters").forEach(c -> chapters.put(c.get("number").asText(), c));

        String chapter = null;
        String section = null;
        for (JsonNode paragraph : fixture.get("paragraphs")) {
            String number = paragraph.get("number").asText();
            String chapterNumber = paragraph.get("chapter").asText();
            if (!chapterNumber.equals(chapter)) {
                chapter = chapterNumber;
                section = null;
                JsonNode heading = chapters.get(chapter);
                XWPFParagraph h = chapter.equals("3")
                        ? word.numbered(chapterThree, 0, "Heading1", null) : word.paragraph("Heading1", null);
                startPage(h, page, heading.get("pdf_page").asInt());
                h.getRuns().get(0).setText(chapter.equals("3") ? heading.get("title").asText()
                        : heading.get("heading").asText());
                for (JsonNode intro : unnumberedAfter.getOrDefault(chapter.equals("2") ? "" : "2.38", List.of())) {
                    if (intro.get("kind").asText().equals("chapter_intro")) {
                        word.body(intro.get("text").asText());
                    }
                }
            }
            String wanted = text(paragraph, "section");
            if (wanted != null && !wanted.equals(section)) {
                word.heading(2, wanted);
            }
            section = wanted;

            String[] lines = paragraph.get("text").asText().split("\n");
            XWPFParagraph p = chapter.equals("3") ? word.numbered(chapterThree, 1, "ListParagraph", null)
                    : word.paragraph(null, null);
            startPage(p, page, paragraph.get("pdf_page").asInt());
            XWPFRun run = p.getRuns().get(0);
            if (chapter.equals("2")) {
                run.setText(number + ".");
                run.addTab();
            }
            JsonNode marker = markers.get(number);
            if (marker == null) {
                run.setText(lines[0]);
            } else {
                String shows = marker.get("pdf_shows").asText();
                String stem = shows.substring(0, shows.length() - marker.get("marker").asText().length());
                int at = lines[0].indexOf(stem);
                int cut = at < 0 ? lines[0].length() : at + stem.length();
                run.setText(lines[0].substring(0, cut));
                if (chapter.equals("2")) {
                    word.footnote(p, "Illustrative reference " + marker.get("marker").asText());
                } else {
                    word.superscript(p, marker.get("marker").asText());
                }
                p.createRun().setText(lines[0].substring(cut));
            }
            for (int i = 1; i < lines.length; i++) {
                word.numbered(bullets, 0, "ListParagraph", lines[i].substring(2));
            }
            for (JsonNode extra : unnumberedAfter.getOrDefault(number, List.of())) {
                switch (extra.get("kind").asText()) {
                    case "case_study_box" -> {
                        XWPFTable box = word.document().createTable(1, 1);
                        box.getRow(0).getCell(0).setText(extra.get("title").asText());
                        box.getRow(0).getCell(0).addParagraph().createRun().setText(extra.get("text").asText());
                    }
                    case "figure" -> {
                        word.body(extra.get("caption").asText());
                        word.body(extra.get("source").asText());
                    }
                    case "endnotes_list" -> {
                        XWPFParagraph heading = word.paragraph("Heading2", null);
                        startPage(heading, page, extra.get("pdf_page").asInt());
                        heading.getRuns().get(0).setText("Endnotes");
                        extra.get("entries").forEach(e -> word.body(e.get("marker").asText() + " "
                                + e.get("text").asText()));
                    }
                    default -> {
                        // chapter introductions are written under their chapter heading
                    }
                }
            }
        }
        return word.save(dir.resolve("ltp-excerpt.docx"));
    }

    /** Starts the paragraph's first run with Word's saved page breaks up to {@code pdfPage}. */
    private static void startPage(XWPFParagraph paragraph, int[] page, int pdfPage) {
        XWPFRun run = paragraph.getRuns().isEmpty() ? paragraph.createRun() : paragraph.getRuns().get(0);
        while (page[0] < pdfPage) {
            run.getCTR().addNewLastRenderedPageBreak();
            page[0]++;
        }
    }

    @Test
    void theLtpExcerptTypedInWordGivesTheFixturesNumbersSectionsTextsAndPages() throws Exception {
        JsonNode fixture = fixture();

        ParsedPlan plan = PlanStructure.build(new DocxPlanReader().read(ltpInWord(fixture), ReadProgress.NONE));

        assertEquals("The NHS Long Term Plan", plan.title());
        assertTrue(plan.numbered());
        List<ParsedChapter> chapters = plan.chapters();
        assertEquals(List.of("2", "3"), chapters.stream().map(ParsedChapter::number).toList());
        for (int i = 0; i < chapters.size(); i++) {
            JsonNode expected = fixture.get("chapters").get(i);
            assertEquals(expected.get("title").asText(), chapters.get(i).title());
            assertEquals(integer(expected, "printed_page"), chapters.get(i).printedPage());
            assertEquals(integer(expected, "pdf_page"), chapters.get(i).pdfPage());
        }

        List<ParsedItem> paragraphs = plan.items().stream().filter(item -> item.number() != null).toList();
        List<String> expectedNumbers = new ArrayList<>();
        fixture.get("paragraphs").forEach(p -> expectedNumbers.add(p.get("number").asText()));
        assertEquals(expectedNumbers, paragraphs.stream().map(ParsedItem::number).toList());
        for (int i = 0; i < paragraphs.size(); i++) {
            JsonNode expected = fixture.get("paragraphs").get(i);
            ParsedItem item = paragraphs.get(i);
            String where = "paragraph " + item.number();
            assertEquals(ItemKind.PARAGRAPH, item.kind(), where);
            assertEquals(expected.get("text").asText(), item.text(), where);
            assertEquals(text(expected, "section"), item.section(), where);
            assertEquals(expected.get("chapter").asText(), chapters.get(item.chapter()).number(), where);
            assertEquals(integer(expected, "pdf_page"), item.pdfPage(), where);
            assertEquals(integer(expected, "printed_page"), item.printedPage(), where);
        }

        assertTrue(plan.items().stream().anyMatch(i -> i.kind() == ItemKind.CASE_STUDY
                && i.text().startsWith("Case study: a hospital-based tobacco treatment service")), "case study box");
        assertTrue(plan.items().stream().anyMatch(i -> i.kind() == ItemKind.FIGURE
                && i.text().startsWith("Figure 4:")), "figure");
        assertTrue(plan.items().stream().noneMatch(i -> i.text().contains("Illustrative reference")),
                "endnotes and footnotes are left out");
        assertTrue(plan.items().stream().noneMatch(i -> i.text().contains("\t33")), "contents left out");
    }
}
