package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a paper may be written: names Windows refuses are refused on every system (so the paper
 * can go to a Windows share), ".." is fine when it leads to an ordinary folder, and a refused or
 * failed export writes nothing and keeps what was there (decision 0016).
 */
class ExportTargetTest {
    @TempDir
    Path dir;
    private Path papers;
    private Paper paper;
    private final ExportService service = Exporters.standard();

    @BeforeEach
    void sample() throws Exception {
        paper = ExportFixtures.samplePaper(dir);
        papers = Files.createDirectories(dir.resolve("papers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "nul", "COM1.docx", "LPT1.pdf", "aux.docx", "Aux .docx", "con.tar.csv", "PRN.html"})
    void windowsDeviceNamesAreRefusedOnEverySystem(String name) {
        ExportProblem problem = refused(name);
        assertTrue(problem.getMessage().contains("Windows keeps the name"), problem.getMessage());
        assertTrue(problem.getMessage().endsWith("Nothing was written. Choose another name."), problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a<b.docx", "a>b.docx", "Paper: draft.docx", "\"quoted\".docx", "a|b.docx",
            "what?.docx", "all*.docx", "back\\slash.docx"})
    void charactersWindowsForbidsAreRefused(String name) {
        ExportProblem problem = refused(name);
        assertTrue(problem.getMessage().startsWith("“" + name + "” cannot be used as a file name: Windows does not "
                + "allow the characters"), problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper.docx.", "paper.docx ", "paper.", "tab\tin.docx", "bell\u0007.docx", " "})
    void trailingDotsSpacesAndControlCharactersAreRefused(String name) {
        ExportProblem problem = refused(name);
        assertTrue(problem.getMessage().contains("cannot be used as a file name"), problem.getMessage());
    }

    @Test
    void aNameTooLongForTheDiskIsRefusedBeforeAnythingIsWritten() {
        ExportProblem problem = refused("ŵ".repeat(120) + ".docx");
        assertTrue(problem.getMessage().contains("it is too long"), problem.getMessage());
    }

    @Test
    void ordinaryNamesInAnyLanguageAreFine() throws Exception {
        for (String name : List.of("Bwrdd Iechyd – papur ŵ ŷ.docx", "صحت عامہ.html", "HIB 14.02.2019 (v2).csv",
                "con-paper.pdf", "COM10.xlsx", "my aux notes.docx")) {
            Path written = service.write(paper, exporterFor(name), papers.resolve(name));
            assertTrue(Files.size(written) > 0, name);
        }
    }

    @Test
    void dotDotThatLeadsToAnOrdinaryFolderIsResolvedAndWritten() throws Exception {
        Path target = papers.resolve("sub").resolve("..").resolve("..").resolve("up.html");
        Files.createDirectories(papers.resolve("sub"));
        Path written = service.write(paper, service.exporter("html").orElseThrow(), target);
        assertEquals(dir.resolve("up.html").toAbsolutePath(), written);
        assertTrue(Files.readString(written).contains("Keeping Yourself Healthy / Prevent"));
    }

    @Test
    void dotDotThroughAFolderThatDoesNotExistIsExplained() {
        Path target = papers.resolve("missing").resolve("..").resolve("..").resolve("nowhere").resolve("p.csv");
        ExportProblem problem = assertThrows(ExportProblem.class,
                () -> service.write(paper, service.exporter("csv").orElseThrow(), target));
        assertTrue(problem.getMessage().contains("does not exist"), problem.getMessage());
    }

    @Test
    void aFolderNamedLikeThePaperIsLeftAloneEvenWhenEmpty() throws Exception {
        Path folder = Files.createDirectories(papers.resolve("paper.docx"));
        ExportProblem problem = assertThrows(ExportProblem.class,
                () -> service.write(paper, service.exporter("docx").orElseThrow(), folder));
        assertEquals("“paper.docx” is a folder, not a file. Nothing was written and the folder is unchanged. "
                + "Choose another name.", problem.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of("paper.docx"), names(papers));
    }

    @Test
    void aFolderAsTheWholeTargetAsksForAFileName() {
        ExportProblem problem = assertThrows(ExportProblem.class,
                () -> service.write(paper, service.exporter("docx").orElseThrow(), Path.of("/")));
        assertEquals("Choose a file name for the paper, not just a folder.", problem.getMessage());
    }

    @Test
    void aReadOnlyFolderKeepsTheEarlierPaper() throws Exception {
        Path target = papers.resolve("paper.csv");
        byte[] earlier = "last month's paper".getBytes(StandardCharsets.UTF_8);
        Files.write(target, earlier);
        Files.setPosixFilePermissions(papers, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(papers), "running as a user who may write anywhere (root)");
            ExportProblem problem = assertThrows(ExportProblem.class,
                    () -> service.write(paper, service.exporter("csv").orElseThrow(), target));
            assertTrue(problem.getMessage().startsWith("Crosswalk may not write to " + papers), problem.getMessage());
            assertTrue(problem.getMessage().contains("any earlier “paper.csv” is unchanged"), problem.getMessage());
            assertArrayEquals(earlier, Files.readAllBytes(target));
            assertEquals(List.of("paper.csv"), names(papers));
        } finally {
            Files.setPosixFilePermissions(papers, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private ExportProblem refused(String name) {
        Path target = papers.resolve(name);
        ExportProblem problem = assertThrows(ExportProblem.class,
                () -> service.write(paper, service.exporter("docx").orElseThrow(), target));
        try {
            assertEquals(List.of(), names(papers), "nothing written for " + name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return problem;
    }

    private Exporter exporterFor(String name) {
        return service.exporter(name.substring(name.lastIndexOf('.') + 1)).orElseThrow();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
