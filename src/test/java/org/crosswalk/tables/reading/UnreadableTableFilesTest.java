package org.crosswalk.tables.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not tables get a message a person can act on, never a crash. */
class UnreadableTableFilesTest {
    @TempDir
    Path dir;

    @Test
    void passwordProtectedWorkbook() throws Exception {
        byte[] workbook = TableFixtures.xlsxBytes("Sheet1", List.of(List.of("Priority"), List.of("Smoking")));
        String message = problem(TableFixtures.encrypted(dir.resolve("secret.xlsx"), workbook));
        assertTrue(message.contains("protected by a password"), message);
    }

    @Test
    void passwordProtectedWordDocument() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var document = TableFixtures.wordDocument()) {
            document.createParagraph().createRun().setText("Reduce smoking prevalence");
            document.write(bytes);
        }
        String message = problem(TableFixtures.encrypted(dir.resolve("secret.docx"), bytes.toByteArray()));
        assertTrue(message.contains("protected by a password"), message);
    }

    @Test
    void oldWordDocument() throws Exception {
        Path file = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertTrue(problem(file).contains("older Word document (.doc)"), problem(file));
    }

    @Test
    void randomBytesEmptyFilesMissingFilesPdfsAndOtherZips() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertTrue(problem(Files.write(dir.resolve("noise.xlsx"), noise)).contains("binary data"));
        assertEquals("The file “empty.csv” is empty.", problem(Files.write(dir.resolve("empty.csv"), new byte[0])));
        assertTrue(problem(dir.resolve("missing.csv")).contains("could not be found"));
        assertTrue(problem(Files.writeString(dir.resolve("plan.pdf"), "%PDF-1.7\n")).contains("PDF"));
        Path zip = dir.resolve("bundle.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write("hello".getBytes());
        }
        assertTrue(problem(zip).contains("zip archive"));
    }

    @Test
    void aWorkbookNamedCsvIsReadAsExcel() throws Exception {
        Path file = Files.write(dir.resolve("really-excel.csv"),
                TableFixtures.xlsxBytes("Sheet1", List.of(List.of("Priority"), List.of("Smoking"))));
        assertEquals(TableFormat.XLSX, TableFiles.read(file).format());
    }

    @Test
    void damagedWordFile() throws Exception {
        Path zip = dir.resolve("damaged.docx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            out.write("<not-really".getBytes());
        }
        String message = problem(zip);
        assertTrue(message.contains("Word document could not be read"), message);
    }

    private static String problem(Path file) {
        return assertThrows(TableReadException.class, () -> TableFiles.read(file)).getMessage();
    }
}
