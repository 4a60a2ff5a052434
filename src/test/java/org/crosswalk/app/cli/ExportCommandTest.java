package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk export}: usage and file problems; each format's content is tested by its exporter's tests. */
class ExportCommandTest {
    @TempDir
    Path home;
    private Cli cli;
    private Path sample;

    @BeforeEach
    void writeSample() {
        cli = new Cli(home);
        sample = home.resolve("oxon.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        Cli.Result result = cli.run("export", sample.toString(), "--format", "odp", "--out",
                home.resolve("paper.odp").toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains("Unknown format “odp”"), result.err());
        assertFalse(Files.exists(home.resolve("paper.odp")));
    }

    @Test
    void withoutFormatTheEndingOfOutMustSayWhichOne() {
        Cli.Result result = cli.run("export", sample.toString(), "--out", home.resolve("paper").toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains("Cannot tell the format from “paper”"), result.err());
    }

    @Test
    void aMissingWorkspaceIsExplained() {
        Cli.Result result = cli.run("export", home.resolve("nope.crosswalk").toString(), "--format", "txt", "--out",
                home.resolve("x.txt").toString());
        assertTrue(result.exit() != 0, result::toString);
    }

    @Test
    void writesTheChosenFormatAndSaysWhatItWrote() throws Exception {
        Path out = home.resolve("HIB paper.xlsx");
        Cli.Result result = cli.run("export", sample.toString(), "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals("Wrote the Excel workbook " + out.toAbsolutePath() + " (3 themes, 13 priorities, 26 quoted "
                + "plan paragraphs).", result.out().strip());
        assertTrue(Files.size(out) > 0);

        Path pdf = home.resolve("paper.pdf");
        assertEquals(0, cli.run("export", sample.toString(), "--format", "PDF", "--out", pdf.toString()).exit());
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void aFolderThatDoesNotExistIsABadInputWithAMessage() {
        Path out = home.resolve("missing").resolve("paper.docx");
        Cli.Result result = cli.run("export", sample.toString(), "--out", out.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("does not exist. Choose another folder."), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aWindowsDeviceNameIsRefusedOnEverySystemAndNothingIsWritten() throws Exception {
        Path out = home.resolve("aux.docx");
        Cli.Result result = cli.run("export", sample.toString(), "--out", out.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("“aux.docx” cannot be used as a file name: Windows keeps the name AUX for a "
                + "device"), result.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(home)) {
            assertEquals(java.util.List.of("oxon.crosswalk"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void dotDotLeadingToAnOrdinaryFolderIsFine() throws Exception {
        Files.createDirectories(home.resolve("drafts"));
        Cli.Result result = cli.run("export", sample.toString(), "--out",
                home.resolve("drafts").resolve("..").resolve("paper.csv").toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains(home.toAbsolutePath().resolve("paper.csv").toString()), result.out());
        assertTrue(Files.size(home.resolve("paper.csv")) > 0);
    }

    @Test
    void outIsRequired() {
        Cli.Result result = cli.run("export", sample.toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains("--out"), result.err());
    }
}
