package org.crosswalk.tables.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.text.TextPlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files as they really arrive: UTF-8 with a few bad bytes (cut, pasted, or overlong and
 * surrogate encodings no encoder should write), NUL bytes, and all three line endings in one
 * file. Bad bytes become U+FFFD and the rest of the text is read right; NUL bytes give a plain
 * message; nothing crashes.
 */
class OddEncodingsTest {
    @TempDir
    Path dir;

    /** UTF-8 of {@code text} with {@code bad} bytes put where "%" stands. */
    private static byte[] utf8With(String text, int... bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split("%", -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.write(bad[i]);
            }
        }
        return out.toByteArray();
    }

    private List<List<String>> cells(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("table.csv"), bytes);
        return CsvReadingTest.cells(TableFiles.read(file).grids().get(0));
    }

    @Test
    void aStrayBadByteInWelshUtf8KeepsTheWelshLetters() throws Exception {
        byte[] bytes = utf8With("Theme,Priority\r\nAtal,Bwrdd Iechyd ŵ ŷ % smygu – 2025\r\n", 0xFF);
        assertEquals(List.of("Atal", "Bwrdd Iechyd ŵ ŷ \uFFFD smygu – 2025"), cells(bytes).get(1));
    }

    @Test
    void overlongAndSurrogateEncodingsBecomeReplacementCharacters() throws Exception {
        // C0 AF: "/" encoded in two bytes; ED A0 80: half of a surrogate pair encoded on its own.
        byte[] bytes = utf8With("Theme,Priority\nAtal ŵ ŷ â ê î ô û,Caf%%é and%%% done\n", 0xC0, 0xAF, 0xED, 0xA0,
                0x80);
        List<String> row = cells(bytes).get(1);
        assertEquals("Atal ŵ ŷ â ê î ô û", row.get(0));
        assertTrue(row.get(1).matches("Caf\uFFFD+é and\uFFFD+ done"), row.get(1));
    }

    @Test
    void olderWindowsTextIsStillReadAsWindows1252() throws Exception {
        byte[] bytes = utf8With("Theme,Priority\r\nReduce,Save %2m\r\n", 0xA3);
        assertEquals(List.of("Reduce", "Save £2m"), cells(bytes).get(1));
    }

    @Test
    void allThreeLineEndingsInOneFile() throws Exception {
        byte[] bytes = "Theme,Priority\r\nA,one\nB,two\rC,three\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("Theme", "Priority"), List.of("A", "one"), List.of("B", "two"),
                List.of("C", "three")), cells(bytes));
    }

    @Test
    void nulBytesInATableAreExplained() throws Exception {
        Path file = Files.write(dir.resolve("nul.csv"), "Theme,Priority\nA,one\u0000two\n".getBytes(StandardCharsets.UTF_8));
        TableReadException e = assertThrows(TableReadException.class, () -> TableFiles.read(file));
        assertEquals("This file holds binary data, not a table. Crosswalk reads tables from Excel (.xlsx), CSV and Word "
                + "(.docx) files.", e.getMessage());
    }

    @Test
    void aPlanInUtf8WithABadByteKeepsItsLettersAndNulBytesAreExplained() throws Exception {
        Path plan = Files.write(dir.resolve("plan.txt"),
                utf8With("Chapter 1: Atal ŵ\n\n1.1. Bydd y GIG yn helpu ŷ % صحت.\n", 0xFE));
        List<String> texts = new TextPlanReader().read(plan, ReadProgress.NONE).blocks().stream()
                .map(SourceBlock::text).toList();
        assertTrue(texts.contains("1.1. Bydd y GIG yn helpu ŷ \uFFFD صحت."), texts.toString());

        Path nul = Files.write(dir.resolve("nul.txt"), "Chapter 1\n\n1.1. a\u0000b\n".getBytes(StandardCharsets.UTF_8));
        PlanReadException e = assertThrows(PlanReadException.class,
                () -> new TextPlanReader().read(nul, ReadProgress.NONE));
        assertEquals("This file is not a document Crosswalk can read: it holds binary data, not text. Crosswalk reads "
                + "plans from PDF, Word (.docx), web pages (.html) or text files.", e.getMessage());
    }
}
