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
        Path bomb = OfficeParts.withPart(xlsx, OfficeParts.SHEET, OfficeParts.sheetOfSpaces(40),
                home.resolve("bomb.xlsx"));

        Cli.Result result = refused("import-priorities", workspace.toString(), bomb.toString());
        assertTrue(result.err().contains("(it may be a \"zip bomb\"), so Crosswalk stopped reading it."), result.err());
    }

    @Test
    void aMillionDeepWordTableLeavesTheWorkspaceAsItWas() throws Exception {
        Path deep = OfficeParts.withPart(wordPlan(), OfficeParts.WORD_BODY, OfficeParts.nestedWordBody(1_000_000),
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
    void aTextPlanOfOneFiftyMegabyteLineIsOneParagraph() throws Exception {
        Cli.Result result = dryRun("import-plan", "one-line.txt", "Chapter 1: Prevention\n1.1. ", "word ",
                50 * MEGABYTE, "");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Read “one-line.txt”: 1 chapter, 0 numbered paragraphs, 1 paragraph."),
                result.out());
    }

    @Test
    void aWebPageParagraphOfMillionsOfCharactersIsOneParagraph() throws Exception {
        Cli.Result result = dryRun("import-plan", "long.html", "<html><body><h1>Chapter 1: Prevention</h1><p>1.1. ",
                "word ", 5 * MEGABYTE, "</p></body></html>");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Read “long.html”: 1 chapter, 0 numbered paragraphs, 1 paragraph."),
                result.out());
    }

    @Test
    void aCsvOfOneFiftyMegabyteLineIsLeftOutWithAReason() throws Exception {
        Cli.Result result = dryRun("import-priorities", "one-line.csv", "Theme,Priority\nPrevent,", "word ",
                50 * MEGABYTE, "");
        assertEquals(1, result.exit(), () -> result.toString().substring(0, 2000));
        assertTrue(result.err().contains("Row 2 has a cell of more than 32767 characters, more than a spreadsheet cell "
                + "can hold, so it is not a priority someone typed: it was left out."), result.err());
    }

    @Test
    void aCsvNoteOfTenMegabytesIsLeftOutWithAReason() throws Exception {
        Cli.Result result = dryRun("import-priorities", "big-cell.csv", "Theme,Priority,Notes\r\nPrevent,Reduce "
                + "smoking,\"", "a \"\"quoted\"\" note,\r\n", 10 * MEGABYTE, "\"\r\nPrevent,Reduce drinking,A note\r\n");
        assertEquals(0, result.exit(), () -> result.toString().substring(0, 2000));
        assertTrue(result.out().contains("+ priority “Reduce drinking”"), result.out());
        assertFalse(result.out().contains("Reduce smoking"), result.out());
        assertTrue(result.out().contains("Row 2 has a cell of more than 32767 characters"), result.out());
    }

    /**
     * Writes {@code before}, {@code unit} repeated to about {@code bytes} and {@code after} to
     * {@code name}, then runs {@code command} on it with --dry-run; the workspace must not change.
     */
    private Cli.Result dryRun(String command, String name, String before, String unit, int bytes, String after)
            throws Exception {
        Path file = home.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(before.getBytes(StandardCharsets.UTF_8));
            writeRepeated(out, unit, bytes);
            out.write(after.getBytes(StandardCharsets.UTF_8));
        }
        Cli.Result result = cli.run(command, workspace.toString(), file.toString(), "--dry-run");
        assertUnchanged();
        return result;
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
