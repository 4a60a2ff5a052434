package org.crosswalk.plans.reading.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.crosswalk.plans.reading.BlockRole;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxPlanReaderTest {
    @TempDir
    Path dir;

    private final DocxPlanReader reader = new DocxPlanReader();

    static List<String> describe(SourceDocument document) {
        return document.blocks().stream().map(DocxPlanReaderTest::describe).toList();
    }

    static String describe(SourceBlock b) {
        return switch (b.role()) {
            case HEADING, LIST_ITEM -> b.role() + " " + b.level() + " " + b.text();
            case BOXED -> "BOXED " + b.group() + " " + b.text();
            default -> b.role() + " " + b.text();
        };
    }

    @Test
    void anOfficersPlanGivesHeadingsTypedNumbersBulletsAndATable() throws Exception {
        WordFiles word = new WordFiles();
        word.title("The NHS Long Term Plan");
        word.heading(1, "Chapter 2: More NHS action on prevention and health inequalities");
        word.body("This chapter sets out the new, funded action the NHS will take.");
        word.typedNumber("2.1.", "This chapter describes how the NHS will strengthen its contribution.");
        word.heading(2, "Smoking");
        XWPFParagraph withFootnote = word.typedNumber("2.9.", "The programme is based on the Ottawa model, "
                + "adopted in Manchester.");
        word.footnote(withFootnote, "Illustrative reference: evaluation of tobacco services, 2018.");
        withFootnote.createRun().setText(" It will be extended.");
        XWPFParagraph withMark = word.typedNumber("2.18.", "Sales fell between 2017 and 2018.");
        word.superscript(withMark, "27");
        BigInteger bullets = word.list(1, new String[][] {{"bullet", "\u2022"}, {"bullet", "o"}});
        word.typedNumber("2.26.", "Every local health system will be asked to set out how it will:");
        word.numbered(bullets, 0, "ListParagraph", "identify the groups with the poorest health outcomes;");
        word.numbered(bullets, 1, "ListParagraph", "starting with children;");
        word.numbered(bullets, 0, "ListParagraph", "measure and publish its progress.");
        XWPFTable table = word.document().createTable(3, 2);
        table.getRow(0).getCell(0).setText("Year");
        table.getRow(0).getCell(1).setText("Target");
        table.getRow(1).getCell(0).setText("2023/24");
        table.getRow(1).getCell(1).setText("75%");
        table.getRow(2).getCell(0).setText("2028/29");
        table.getRow(2).getCell(1).setText("100%");
        word.body("Typed bullets stay list entries too:");
        word.body("\u2022\tas typed by hand");

        SourceDocument read = reader.read(word.save(dir.resolve("plan.docx")), ReadProgress.NONE);

        assertEquals("The NHS Long Term Plan", read.titleHint());
        assertEquals(List.of(
                "HEADING 1 Chapter 2: More NHS action on prevention and health inequalities",
                "BODY This chapter sets out the new, funded action the NHS will take.",
                "BODY 2.1. This chapter describes how the NHS will strengthen its contribution.",
                "HEADING 2 Smoking",
                "BODY 2.9. The programme is based on the Ottawa model, adopted in Manchester. It will be extended.",
                "BODY 2.18. Sales fell between 2017 and 2018.",
                "BODY 2.26. Every local health system will be asked to set out how it will:",
                "LIST_ITEM 1 identify the groups with the poorest health outcomes;",
                "LIST_ITEM 2 starting with children;",
                "LIST_ITEM 1 measure and publish its progress.",
                "TABLE Year | Target\n2023/24 | 75%\n2028/29 | 100%",
                "BODY Typed bullets stay list entries too:",
                "LIST_ITEM 1 as typed by hand"), describe(read));
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("footnote or endnote mark")), read.notes().toString());
        assertEquals(0, read.pageCount(), "no page breaks, so no pages");
        assertNull(read.blocks().get(0).pdfPage());
    }

    @Test
    void automaticParagraphNumbersAreWrittenAtTheStartOfTheText() throws Exception {
        WordFiles word = new WordFiles();
        BigInteger outline = word.list(2, new String[][] {
            {"decimal", "Chapter %1:"}, {"decimal", "%1.%2."}, {"lowerLetter", "(%3)"}});
        word.numbered(outline, 0, "Heading1", "More NHS action on prevention");
        word.numbered(outline, 1, "ListParagraph", "This chapter describes prevention.");
        word.numbered(outline, 1, "ListParagraph", "Prevention is not only about stopping illness:");
        word.numbered(outline, 2, "ListParagraph", "detecting disease early;");
        word.numbered(outline, 2, "ListParagraph", "reducing symptoms.");
        word.numbered(outline, 1, "ListParagraph", "Integrated care systems will help.");
        word.numbered(outline, 0, "Heading1", "Further progress on care quality");
        word.numbered(outline, 1, "ListParagraph", "This chapter sets out priorities.");

        SourceDocument read = reader.read(word.save(dir.resolve("numbered.docx")), ReadProgress.NONE);

        assertEquals(List.of(
                "HEADING 1 Chapter 2: More NHS action on prevention",
                "BODY 2.1. This chapter describes prevention.",
                "BODY 2.2. Prevention is not only about stopping illness:",
                "LIST_ITEM 1 (a) detecting disease early;",
                "LIST_ITEM 1 (b) reducing symptoms.",
                "BODY 2.3. Integrated care systems will help.",
                "HEADING 1 Chapter 3: Further progress on care quality",
                "BODY 3.1. This chapter sets out priorities."), describe(read));
    }

    @Test
    void anExcerptWhoseNumberingRestartsAt218ShowsTheNumbersWordShows() throws Exception {
        WordFiles word = new WordFiles();
        BigInteger outline = word.list(2, new String[][] {{"decimal", "%1."}, {"decimal", "%1.%2."}});
        BigInteger fromEighteen = word.restart(outline, 1, 18);
        word.heading(1, "Chapter 2: More NHS action on prevention and health inequalities");
        word.numbered(fromEighteen, 1, null, "The NHS will continue to work with retailers.");
        word.numbered(fromEighteen, 1, null, "The NHS will also play its part.");
        word.numbered(fromEighteen, 1, null, "Alcohol-related admissions have risen.");

        SourceDocument read = reader.read(word.save(dir.resolve("excerpt.docx")), ReadProgress.NONE);

        assertEquals(List.of(
                "HEADING 1 Chapter 2: More NHS action on prevention and health inequalities",
                "BODY 2.18. The NHS will continue to work with retailers.",
                "BODY 2.19. The NHS will also play its part.",
                "BODY 2.20. Alcohol-related admissions have risen."), describe(read));
    }

    @Test
    void pagesComeFromSavedPageBreaksAndPrintedNumbersFromTheFooter() throws Exception {
        WordFiles word = new WordFiles();
        word.title("The NHS Long Term Plan");
        word.body("Cover text that is not numbered.");
        word.pageBreak();
        word.heading(1, "Chapter 2: More NHS action on prevention");
        word.typedNumber("2.1.", "First paragraph.");
        word.pageBreak();
        word.typedNumber("2.2.", "Second paragraph.");
        word.pageNumberFooter();
        word.numberPagesFrom(32, true);

        SourceDocument read = reader.read(word.save(dir.resolve("paged.docx")), ReadProgress.NONE);

        List<SourceBlock> blocks = read.blocks();
        assertEquals("BODY Cover text that is not numbered.", describe(blocks.get(0)));
        assertEquals(1, blocks.get(0).pdfPage());
        assertNull(blocks.get(0).printedPage(), "the cover page shows no number");
        assertEquals(2, blocks.get(1).pdfPage());
        assertEquals(33, blocks.get(1).printedPage());
        assertEquals(33, blocks.get(2).printedPage());
        assertEquals(3, blocks.get(3).pdfPage());
        assertEquals(34, blocks.get(3).printedPage());
        assertEquals(3, read.pageCount());
    }

    @Test
    void pageBreaksWordRenderedCountAsPagesAndAParagraphStartsWhereItsFirstWordsAre() throws Exception {
        WordFiles word = new WordFiles();
        word.heading(1, "Chapter 2: Prevention");
        XWPFParagraph split = word.typedNumber("2.18.", "Starts on the first page");
        split.createRun().getCTR().addNewLastRenderedPageBreak();
        split.getRuns().get(split.getRuns().size() - 1).setText(" and runs on to the second.");
        XWPFParagraph next = word.document().createParagraph();
        XWPFParagraph third = word.document().createParagraph();
        next.createRun().setText("2.19. On the second page.");
        third.createRun().getCTR().addNewLastRenderedPageBreak();
        third.getRuns().get(0).setText("2.20. On the third page.");

        SourceDocument read = reader.read(word.save(dir.resolve("rendered.docx")), ReadProgress.NONE);

        assertEquals(List.of(1, 1, 2, 3), read.blocks().stream().map(SourceBlock::pdfPage).toList());
        assertEquals("BODY 2.18. Starts on the first page and runs on to the second.", describe(read.blocks().get(1)));
        assertEquals(3, read.pageCount());
        assertNull(read.blocks().get(1).printedPage(), "no footer prints a page number");
    }

    @Test
    void aOneCellTableAndShadedParagraphsAreBoxes() throws Exception {
        WordFiles word = new WordFiles();
        word.typedNumber("2.10.", "Before the box.");
        XWPFTable box = word.document().createTable(1, 1);
        box.getRow(0).getCell(0).setText("Case study: a hospital-based tobacco treatment service");
        box.getRow(0).getCell(0).addParagraph().createRun().setText("Every patient admitted is asked whether they smoke.");
        word.typedNumber("2.11.", "After the box.");
        XWPFParagraph shaded = word.body("Key commitment: every smoker admitted will be offered help.");
        shaded.getCTP().addNewPPr().addNewShd().setFill("D9E2F3");
        XWPFParagraph shaded2 = word.body("Funded from 2020/21.");
        shaded2.getCTP().addNewPPr().addNewShd().setFill("D9E2F3");
        word.typedNumber("2.12.", "Plain again.");

        SourceDocument read = reader.read(word.save(dir.resolve("boxes.docx")), ReadProgress.NONE);

        List<SourceBlock> blocks = read.blocks();
        assertEquals(List.of(
                "BODY 2.10. Before the box.",
                "BOXED 1 Case study: a hospital-based tobacco treatment service",
                "BOXED 1 Every patient admitted is asked whether they smoke.",
                "BODY 2.11. After the box.",
                "BOXED 2 Key commitment: every smoker admitted will be offered help.",
                "BOXED 2 Funded from 2020/21.",
                "BODY 2.12. Plain again."), describe(read));
        assertEquals(BlockRole.BOXED, blocks.get(1).role());
    }

    @Test
    void contentsEntriesAndHeadersAreLeftOutAndTheDocumentTitleIsTheFallback() throws Exception {
        WordFiles word = new WordFiles();
        word.document().getProperties().getCoreProperties().setTitle("Long Term Plan (final)");
        word.paragraph("TOC1", "Chapter 2: More NHS action on prevention\t33");
        word.paragraph("TOC1", "Chapter 3: Further progress on care quality\t38");
        word.document().createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph()
                .createRun().setText("The NHS Long Term Plan");
        word.heading(2, "Smoking");
        word.heading(3, "Hospitals");
        word.body("Text.");

        SourceDocument read = reader.read(word.save(dir.resolve("toc.docx")), ReadProgress.NONE);

        assertEquals("Long Term Plan (final)", read.titleHint());
        assertEquals(List.of("HEADING 1 Smoking", "HEADING 2 Hospitals", "BODY Text."), describe(read),
                "contents and running header left out; heading levels start at 1");
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("table of contents")), read.notes().toString());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("headers and footers")), read.notes().toString());
    }

    @Test
    void pressingCancelStopsTheRead() throws Exception {
        WordFiles word = new WordFiles();
        for (int i = 1; i <= 50; i++) {
            word.typedNumber("2." + i + ".", "Paragraph " + i + ".");
        }
        Path file = word.save(dir.resolve("long.docx"));
        int[] updates = {0};
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void update(long done, long total, String what) {
                updates[0]++;
            }

            @Override
            public boolean isCancelled() {
                return updates[0] > 1;
            }
        };
        assertThrows(CancellationException.class, () -> reader.read(file, cancelled));
        assertNotEquals(0, updates[0]);
    }

    @Test
    void inADocumentWithoutHeadingStylesBoldLinesStandingAloneAreHeadings() throws Exception {
        WordFiles word = new WordFiles();
        XWPFParagraph chapter = word.body(null);
        chapter.createRun().setText("Chapter 2: More NHS action on prevention");
        chapter.getRuns().get(0).setBold(true);
        chapter.getRuns().get(0).setFontSize(16);
        XWPFParagraph section = word.body(null);
        section.createRun().setText("Smoking");
        section.getRuns().get(0).setBold(true);
        word.typedNumber("2.8.", "By 2023/24, all people admitted to hospital who smoke will be offered help.");
        XWPFParagraph boldSentence = word.body(null);
        boldSentence.createRun().setText("This whole sentence is in bold.");
        boldSentence.getRuns().get(0).setBold(true);

        SourceDocument read = reader.read(word.save(dir.resolve("bold.docx")), ReadProgress.NONE);

        assertEquals(List.of(
                "HEADING 1 Chapter 2: More NHS action on prevention",
                "HEADING 2 Smoking",
                "BODY 2.8. By 2023/24, all people admitted to hospital who smoke will be offered help.",
                "BODY This whole sentence is in bold."), describe(read));
    }

    @Test
    void textBoxesContentsControlsTrackedChangesAndHiddenTextAreReadAsWordShowsThem() throws Exception {
        WordFiles word = new WordFiles();
        word.body("placeholder");
        Path plain = word.save(dir.resolve("plain.docx"));
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                + "mc:Ignorable=\"wps\"";
        String box = "<w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Case study: a tobacco treatment service"
                + "</w:t></w:r></w:p><w:p><w:r><w:t>Every patient is asked whether they smoke.</w:t></w:r></w:p>"
                + "</w:txbxContent>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + w + "><w:body>"
                + "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj>"
                + "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p>"
                + "<w:p><w:hyperlink w:anchor=\"_Toc1\"><w:r><w:t>Chapter 2: Prevention</w:t></w:r><w:r><w:tab/>"
                + "</w:r><w:r><w:t>33</w:t></w:r></w:hyperlink></w:p></w:sdtContent></w:sdt>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Chapter 2: Prevention</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">2.10. Hospitals </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>will not </w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">will </w:t></w:r></w:ins>"
                + "<w:hyperlink r:id=\"rIdX\"><w:r><w:t>offer help</w:t></w:r></w:hyperlink>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN NOTE</w:t></w:r>"
                + "<w:fldSimple w:instr=\" DATE \"><w:r><w:t xml:space=\"preserve\"> today</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t>.</w:t></w:r>"
                + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
                + "<a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
                + "<w:p><w:r><w:t>2.11. After the box.</w:t></w:r></w:p>"
                + "<w:sectPr/></w:body></w:document>";
        Path file = WordFiles.withPart(plain, "word/document.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dir.resolve("word.docx"));

        SourceDocument read = reader.read(file, ReadProgress.NONE);

        assertEquals(List.of(
                "HEADING 1 Chapter 2: Prevention",
                "BODY 2.10. Hospitals will offer help today.",
                "BOXED 1 Case study: a tobacco treatment service",
                "BOXED 1 Every patient is asked whether they smoke.",
                "BODY 2.11. After the box."), describe(read), "the text box is read once, after its anchor paragraph");
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("table of contents")), read.notes().toString());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("tracked changes")), read.notes().toString());
    }
}
