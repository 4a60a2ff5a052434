package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing through a temporary file: a failure leaves no half-written paper and keeps the earlier one. */
class ExportServiceTest {
    @TempDir
    Path dir;
    private Paper paper;
    private final ExportService service = Exporters.standard();

    @BeforeEach
    void sample() throws Exception {
        paper = ExportFixtures.samplePaper(dir);
    }

    /** Writes half a document, then fails the way a full disk does. */
    private static final class FullDisk implements Exporter {
        @Override
        public String format() {
            return "docx";
        }

        @Override
        public String description() {
            return "Word document";
        }

        @Override
        public String extension() {
            return ".docx";
        }

        @Override
        public void write(Paper paper, OutputStream out) throws IOException {
            out.write("PK half a document".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }

        @Override
        public void write(org.crosswalk.export.progress.ProgressReport report, OutputStream out) throws IOException {
            out.write("PK half a report".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }
    }

    @Test
    void everyFormatIsRegisteredOnceInMenuOrder() {
        assertEquals(List.of("docx", "pdf", "html", "xlsx", "csv"),
                service.exporters().stream().map(Exporter::format).toList());
        assertTrue(service.exporter(".PDF").isPresent());
    }

    @Test
    void aFullDiskKeepsTheEarlierPaperAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("paper.docx");
        byte[] earlier = "the paper sent to the board last month".getBytes(StandardCharsets.UTF_8);
        Files.write(target, earlier);

        ExportProblem problem = assertThrows(ExportProblem.class, () -> service.write(paper, new FullDisk(), target));
        assertTrue(problem.getMessage().startsWith("The disk is full, so “paper.docx” could not be written."),
                problem.getMessage());
        assertTrue(problem.getMessage().contains("any earlier “paper.docx” is unchanged"), problem.getMessage());
        assertArrayEquals(earlier, Files.readAllBytes(target));
        assertEquals(List.of("paper.docx"), userFiles());
    }

    @Test
    void aProgressReportThatFailsHalfWayAlsoKeepsTheEarlierFile() throws Exception {
        Path target = dir.resolve("progress.docx");
        byte[] earlier = "the progress report of the last meeting".getBytes(StandardCharsets.UTF_8);
        Files.write(target, earlier);
        var report = new org.crosswalk.export.progress.ProgressReport("Progress report", "HIB", "", "", "",
                java.time.LocalDate.of(2027, 4, 15), List.of(), null);

        ExportProblem problem = assertThrows(ExportProblem.class, () -> service.write(report, new FullDisk(), target));
        assertTrue(problem.getMessage().startsWith("The disk is full, so “progress.docx” could not be written."),
                problem.getMessage());
        assertArrayEquals(earlier, Files.readAllBytes(target));
        assertEquals(List.of("progress.docx"), userFiles());
    }

    @Test
    void aFolderInTheWayIsExplainedAndLeftAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("paper.pdf"));
        Files.writeString(folder.resolve("notes.txt"), "kept");
        ExportProblem problem = assertThrows(ExportProblem.class,
                () -> service.write(paper, service.exporter("pdf").orElseThrow(), folder));
        assertTrue(problem.getMessage().contains("“paper.pdf”"), problem.getMessage());
        assertEquals("kept", Files.readString(folder.resolve("notes.txt")));
        assertEquals(List.of("paper.pdf"), userFiles());
    }

    @Test
    void aMissingFolderIsExplained() {
        ExportProblem problem = assertThrows(ExportProblem.class, () -> service.write(paper,
                service.exporter("csv").orElseThrow(), dir.resolve("gone").resolve("paper.csv")));
        assertTrue(problem.getMessage().contains("does not exist. Choose another folder."), problem.getMessage());
    }

    @Test
    void aSuccessfulExportReplacesTheEarlierFile() throws Exception {
        Path target = Files.writeString(dir.resolve("paper.html"), "old");
        service.write(paper, service.exporter("html").orElseThrow(), target);
        assertTrue(Files.readString(target).contains("Keeping Yourself Healthy / Prevent"));
        assertEquals(List.of("paper.html"), userFiles());
    }

    private List<String> userFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crosswalk")).sorted().toList();
        }
    }
}
