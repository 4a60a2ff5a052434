package org.crosswalk.plans.reading.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextPlanReaderTest {
    @TempDir
    Path dir;

    private final TextPlanReader reader = new TextPlanReader();

    private SourceDocument read(byte[] bytes) throws Exception {
        return reader.read(Files.write(dir.resolve("plan.txt"), bytes), ReadProgress.NONE);
    }

    private SourceDocument read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> describe(SourceDocument document) {
        return document.blocks().stream().map(TextPlanReaderTest::describe).toList();
    }

    static String describe(SourceBlock b) {
        return switch (b.role()) {
            case HEADING, LIST_ITEM -> b.role() + " " + b.level() + " " + b.text();
            default -> b.role() + " " + b.text();
        };
    }

    @Test
    void wrappedParagraphsAreJoinedAndHeadingsAndBulletsFound() throws Exception {
        SourceDocument read = read("""
                Chapter 2: More NHS action on prevention and health inequalities

                This chapter sets out the new, funded action the NHS will take to
                strengthen its contribution to prevention.

                Smoking

                2.8. By 2023/24, all people admitted to hospital who smoke will be
                offered NHS-funded tobacco treatment services.

                2.26. Every local health system will be asked to set out how it will:
                \u2022 identify the groups in its population with the poorest health
                  outcomes;
                - target service improvements at those groups first; and
                    * starting with children;
                \u2013 measure and publish its progress.

                (a) a first lettered entry;
                (b) a second lettered entry.
                """);

        assertEquals(List.of(
                "HEADING 1 Chapter 2: More NHS action on prevention and health inequalities",
                "BODY This chapter sets out the new, funded action the NHS will take to strengthen its contribution "
                        + "to prevention.",
                "HEADING 2 Smoking",
                "BODY 2.8. By 2023/24, all people admitted to hospital who smoke will be offered NHS-funded tobacco "
                        + "treatment services.",
                "BODY 2.26. Every local health system will be asked to set out how it will:",
                "LIST_ITEM 1 identify the groups in its population with the poorest health outcomes;",
                "LIST_ITEM 1 target service improvements at those groups first; and",
                "LIST_ITEM 2 starting with children;",
                "LIST_ITEM 1 measure and publish its progress.",
                "LIST_ITEM 1 (a) a first lettered entry;",
                "LIST_ITEM 1 (b) a second lettered entry."), describe(read));
        assertNull(read.titleHint());
        assertNull(read.blocks().get(0).pdfPage());
        assertEquals(0, read.pageCount());
    }

    @Test
    void lineEndHyphensJoinUnlessTheDocumentOnlyWritesTheWordWithAHyphen() throws Exception {
        SourceDocument read = read("""
                2.19. Staff will be trained to respond ap-
                propriately to patients who drink.

                3.36. Trusts will be asked to provide match-
                funding for the new posts, and the match-funding will be published.

                3.46. Services will be age-appropriate, and age-
                appropriate care will be checked.

                2.24. Action on inequal-
                ities, and on non-
                NHS services, and co-
                operation between 2023-
                24 budgets.
                """);

        assertEquals(List.of(
                "BODY 2.19. Staff will be trained to respond appropriately to patients who drink.",
                "BODY 3.36. Trusts will be asked to provide match-funding for the new posts, and the match-funding "
                        + "will be published.",
                "BODY 3.46. Services will be age-appropriate, and age-appropriate care will be checked.",
                "BODY 2.24. Action on inequalities, and on non-NHS services, and cooperation between 2023-24 "
                        + "budgets."), describe(read));
    }

    @Test
    void markdownHeadingsGiveTheirLevels() throws Exception {
        SourceDocument read = read("""
                # The NHS Long Term Plan

                ## Chapter 3: Further progress on care quality and outcomes

                ### Maternity and neonatal services

                3.1. Text of the paragraph.
                """);

        assertEquals(List.of(
                "HEADING 1 The NHS Long Term Plan",
                "HEADING 2 Chapter 3: Further progress on care quality and outcomes",
                "HEADING 3 Maternity and neonatal services",
                "BODY 3.1. Text of the paragraph."), describe(read));
    }

    @Test
    void aShortLineIsAHeadingOnlyWhenItStandsBeforeBodyText() throws Exception {
        SourceDocument read = read("""
                Air pollution

                2.21. The NHS accounts for around 3.5% of all road travel in England.

                Simon Stevens

                Chief Executive
                """);

        assertEquals(List.of(
                "HEADING 1 Air pollution",
                "BODY 2.21. The NHS accounts for around 3.5% of all road travel in England.",
                "BODY Simon Stevens",
                "BODY Chief Executive"), describe(read));
    }

    @Test
    void textCopiedOutOfWordIsOneParagraphALine() throws Exception {
        String long1 = "2.1. This chapter describes how the NHS will strengthen its contribution to prevention, "
                + "working alongside local government and other partners rather than in place of them.";
        String long2 = "2.2. Prevention is not only about stopping illness before it starts. It also means detecting "
                + "disease early, preventing deterioration and reducing symptoms.";
        SourceDocument read = read("Obesity\n" + long1 + "\n" + long2 + "\n\u2022 a bullet\n");

        assertEquals(List.of("HEADING 1 Obesity", "BODY " + long1, "BODY " + long2, "LIST_ITEM 1 a bullet"),
                describe(read));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("Chapter 2 Prevention\n\n2.1. The NHS\u2019s role \u2013 \u00a34.5bn.\n"
                .getBytes(StandardCharsets.UTF_8));

        SourceDocument read = read(bytes.toByteArray());

        assertEquals(List.of("HEADING 1 Chapter 2 Prevention", "BODY 2.1. The NHS\u2019s role \u2013 \u00a34.5bn."),
                describe(read));
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    @Test
    void olderWindowsTextIsReadWithItsPoundSignsAndQuotes() throws Exception {
        byte[] bytes = "2.4. An extra \u00a34.5 billion \u2013 the NHS\u2019s \u201cbiggest\u201d increase.\r\n"
                .getBytes(Charset.forName("windows-1252"));

        SourceDocument read = read(bytes);

        assertEquals(List.of("BODY 2.4. An extra \u00a34.5 billion \u2013 the NHS\u2019s \u201cbiggest\u201d increase."),
                describe(read));
        assertTrue(read.notes().get(0).contains("windows-1252"), read.notes().toString());
    }

    @Test
    void endnoteNumbersWrittenAfterAFullStopAreLeftOut() throws Exception {
        SourceDocument read = read("2.9. The model was adopted in Manchester.24 It will be extended to 15.6% of "
                + "sites by 2025.\n");

        assertEquals(List.of("BODY 2.9. The model was adopted in Manchester. It will be extended to 15.6% of sites "
                + "by 2025."), describe(read));
    }

    @Test
    void formFeedsStartNewPages() throws Exception {
        SourceDocument read = read("2.1. On the first page.\n\f2.2. On the second page.\n\n2.3. Also second.\n");

        assertEquals(List.of(1, 2, 2), read.blocks().stream().map(SourceBlock::pdfPage).toList());
        assertEquals(2, read.pageCount());
    }

    @Test
    void emptyAndBlankFilesSaySo() throws Exception {
        assertEquals("The file is empty.",
                assertThrows(PlanReadException.class, () -> read(new byte[0])).getMessage());
        assertEquals("This text file has no text to import.",
                assertThrows(PlanReadException.class, () -> read("  \n\n\t\n")).getMessage());
    }

    @Test
    void aHugeTextFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TextPlanReader.MAX_BYTES + 1); // sparse: takes no disk space
        }
        assertEquals("This text file is too large to be a plan (100 MB). Crosswalk reads text files of up to 100 MB.",
                assertThrows(PlanReadException.class, () -> reader.read(huge, ReadProgress.NONE)).getMessage());
    }

    @Test
    void pressingCancelStopsTheRead() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), "2.1. A paragraph.\n\n".repeat(500));
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void update(long done, long total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class, () -> reader.read(file, cancelled));
    }
}
