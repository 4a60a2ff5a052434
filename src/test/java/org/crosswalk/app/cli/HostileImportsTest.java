package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosswalk.plans.reading.OfficeParts;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files given to every import command: each ends with exit 1 and one plain message (or
 * a valid result), and the workspace file is byte for byte what it was. Data is made cheaply:
 * repeated bytes, written straight to the file.
 */
class HostileImportsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String SECRET = "TOP-SECRET-PASSWORD-42";
    private static final int MEGABYTE = 1024 * 1024;

    @TempDir
    Path home;
    private Cli cli;
    private Path workspace;
    private byte[] before;

    @BeforeEach
    void writeSample() throws Exception {
        cli = new Cli(home);
        workspace = home.resolve("board.crosswalk");
        assertEquals(0, cli.run("sample", "--out", workspace.toString()).exit());
        before = Files.readAllBytes(workspace);
    }

    private Cli.Result refused(String... args) throws Exception {
        Cli.Result result = cli.run(args);
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.errIsPlain(), result::toString);
        assertUnchanged();
        return result;
    }

    private void assertUnchanged() throws Exception {
        assertArrayEquals(before, Files.readAllBytes(workspace), "the workspace changed");
        assertFalse(Files.exists(home.resolve("board.crosswalk-lock")), "the lock file was left behind");
    }

    private Path wordPlan() throws Exception {
        var document = TableFixtures.wordDocument();
        TableFixtures.heading(document, "Heading1", "Chapter 2: Prevention");
        document.createParagraph().createRun().setText("2.1. A paragraph of the plan.");
        return TableFixtures.save(document, home.resolve("plan.docx"));
    }

    @Test
    void aZipBombOfPrioritiesLeavesTheWorkspaceAsItWas() throws Exception {
        Path xlsx = TableFixtures.xlsx(home.resolve("plain.xlsx"), "Priorities", List.of(List.of("Theme", "Priority"),
                List.of("Prevent", "Reduce smoking")));
        Path bomb = OfficeParts.withPart(xlsx, "xl/worksheets/sheet1.xml", OfficeParts.repeated(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>", " ".repeat(1024), 40 * 1024,
                "</t></is></c></row></sheetData></worksheet>"), home.resolve("bomb.xlsx"));

        Cli.Result result = refused("import-priorities", workspace.toString(), bomb.toString());
        assertTrue(result.err().contains("(it may be a \"zip bomb\"), so Crosswalk stopped reading it."), result.err());
    }

    @Test
    void aMillionDeepWordTableLeavesTheWorkspaceAsItWas() throws Exception {
        Path deep = OfficeParts.withPart(wordPlan(), "word/document.xml", OfficeParts.repeated(
                "<w:document xmlns:w=\"" + W + "\"><w:body>", "<w:customXml>", 1_000_000, "</w:body></w:document>"),
                home.resolve("deep.docx"));

        refused("import-table", workspace.toString(), deep.toString());
        refused("import-plan", workspace.toString(), deep.toString());
    }

    @Test
    void aWordPlanOfThousandsOfPartsOrAZipBombIsRefused() throws Exception {
        Path many = OfficeParts.withExtraParts(wordPlan(), 5000, home.resolve("many.docx"));
        assertTrue(refused("import-plan", workspace.toString(), many.toString()).err().contains("zip bomb"));
    }

    @Test
    void aWebPageWithAnExternalEntityNeverReadsTheLocalFile() throws Exception {
        Path secret = Files.writeString(home.resolve("secret.txt"), SECRET);
        Path page = Files.writeString(home.resolve("plan.xhtml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY "
                + "xxe SYSTEM \"" + secret.toUri() + "\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>"
                + "Plan</title></head><body><h1>Chapter 1: Prevention</h1><p>1.1. The plan says &xxe; here.</p>"
                + "<p>1.2. A second paragraph.</p></body></html>");

        Cli.Result result = cli.run("import-plan", workspace.toString(), page.toString(), "--dry-run", "--json");
        assertFalse(result.out().contains(SECRET) || result.err().contains(SECRET), result::toString);
        assertTrue(result.exit() == 0 || result.exit() == 1 && result.errIsPlain(), result::toString);
        assertUnchanged();
    }

    @Test
    void aTextPlanOfOneFiftyMegabyteLineGivesAResultOrAMessage() throws Exception {
        Path text = home.resolve("one-line.txt");
        try (OutputStream out = Files.newOutputStream(text)) {
            out.write("Chapter 1: Prevention\n1.1. ".getBytes(StandardCharsets.US_ASCII));
            writeRepeated(out, "word ", 50 * MEGABYTE);
        }
        Cli.Result result = cli.run("import-plan", workspace.toString(), text.toString(), "--dry-run");
        assertTrue(result.exit() == 0 || result.exit() == 1 && result.errIsPlain(), result::toString);
        assertUnchanged();
    }

    @Test
    void aCsvOfOneFiftyMegabyteLineIsLeftOutWithAReason() throws Exception {
        Path csv = home.resolve("one-line.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("Theme,Priority\nPrevent,".getBytes(StandardCharsets.US_ASCII));
            writeRepeated(out, "word ", 50 * MEGABYTE);
        }
        Cli.Result result = cli.run("import-priorities", workspace.toString(), csv.toString(), "--dry-run");
        assertEquals(1, result.exit(), () -> result.toString().substring(0, 2000));
        assertTrue(result.err().contains("Row 2 has a cell of more than 32767 characters, more than a spreadsheet cell "
                + "can hold, so it is not a priority someone typed: it was left out."), result.err());
        assertUnchanged();
    }

    @Test
    void aCsvNoteOfTenMegabytesIsLeftOutWithAReason() throws Exception {
        Path csv = home.resolve("big-cell.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("Theme,Priority,Notes\r\nPrevent,Reduce smoking,\"".getBytes(StandardCharsets.US_ASCII));
            writeRepeated(out, "a \"\"quoted\"\" note,\r\n", 10 * MEGABYTE);
            out.write("\"\r\nPrevent,Reduce drinking,A short note\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Cli.Result result = cli.run("import-priorities", workspace.toString(), csv.toString(), "--dry-run");
        assertEquals(0, result.exit(), () -> result.toString().substring(0, 2000));
        assertTrue(result.out().contains("+ priority “Reduce drinking”"), result.out());
        assertFalse(result.out().contains("Reduce smoking"), result.out());
        assertTrue(result.out().contains("Row 2 has a cell of more than 32767 characters"), result.out());
        assertUnchanged();
    }

    @Test
    void aWebPageParagraphOfMillionsOfCharactersGivesAResultOrAMessage() throws Exception {
        Path page = home.resolve("long.html");
        try (OutputStream out = Files.newOutputStream(page)) {
            out.write("<html><body><h1>Chapter 1: Prevention</h1><p>1.1. ".getBytes(StandardCharsets.US_ASCII));
            writeRepeated(out, "word ", 5 * MEGABYTE);
            out.write("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        }
        Cli.Result result = cli.run("import-plan", workspace.toString(), page.toString(), "--dry-run");
        assertTrue(result.exit() == 0 || result.exit() == 1 && result.errIsPlain(), result::toString);
        assertUnchanged();
    }

    /** Writes {@code unit} over and over until {@code bytes} are written. */
    private static void writeRepeated(OutputStream out, String unit, int bytes) throws Exception {
        byte[] block = new byte[MEGABYTE];
        byte[] pattern = unit.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < block.length; i++) {
            block[i] = pattern[i % pattern.length];
        }
        int whole = MEGABYTE - MEGABYTE % pattern.length;
        for (int written = 0; written < bytes; written += whole) {
            out.write(Arrays.copyOf(block, whole));
        }
    }
}
