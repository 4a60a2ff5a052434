package org.crosswalk.plans.reading.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.crosswalk.plans.reading.OfficeParts;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word files that are broken or hostile: each gives a plain message, never a stack trace or a leak. */
class DocxBadFilesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private final DocxPlanReader reader = new DocxPlanReader();

    private Path plainDocx() throws IOException {
        WordFiles word = new WordFiles();
        word.heading(1, "Chapter 2: Prevention");
        word.typedNumber("2.1.", "A paragraph.");
        return word.save(dir.resolve("plain.docx"));
    }

    private static Path withPart(Path source, String partName, OfficeParts.PartWriter writer, Path target)
            throws IOException {
        return OfficeParts.withPart(source, partName, writer, target);
    }

    @Test
    void aTinyFileThatUnpacksToAHugeDocumentIsRefusedAsAZipBomb() throws Exception {
        Path bomb = withPart(plainDocx(), "word/document.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
                    + "\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }, dir.resolve("bomb.docx"));
        assertTrue(Files.size(bomb) < 1024 * 1024, "the bomb is small on disk: " + Files.size(bomb));

        PlanReadException e = assertThrows(PlanReadException.class, () -> reader.read(bomb, ReadProgress.NONE));
        assertEquals("This Word file could not be read: it unpacks to far more data than a real document would "
                + "(it may be a \"zip bomb\"), so Crosswalk stopped reading it.", e.getMessage());
    }

    @Test
    void aDocumentTypeWithAnExternalEntityNeverReadsTheLocalFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD-42");
        Path hostile = withPart(plainDocx(), "word/document.xml", out -> out.write((
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<w:document xmlns:w=\"" + W + "\"><w:body>"
                        + "<w:p><w:r><w:t>2.1. Before &xxe; after.</w:t></w:r></w:p>"
                        + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8)), dir.resolve("xxe.docx"));

        PlanReadException e = assertThrows(PlanReadException.class, () -> reader.read(hostile, ReadProgress.NONE));
        assertEquals("This Word file could not be read: it contains an XML document type declaration, which Word "
                + "never writes and which could make Crosswalk read other files, so it was not opened.",
                e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"), "the secret leaked: " + t);
        }
    }

    @Test
    void anExternalEntityInTheDocumentPropertiesIsNotReadEither() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD-42");
        Path hostile = withPart(plainDocx(), "docProps/core.xml", out -> out.write((
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<!DOCTYPE cp:coreProperties [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                        + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&xxe;</dc:title>"
                        + "</cp:coreProperties>").getBytes(StandardCharsets.UTF_8)), dir.resolve("xxe-core.docx"));

        try {
            SourceDocument read = reader.read(hostile, ReadProgress.NONE);
            assertFalse(String.valueOf(read.titleHint()).contains("TOP-SECRET"));
            read.blocks().forEach(b -> assertFalse(b.text().contains("TOP-SECRET")));
        } catch (PlanReadException e) {
            assertTrue(e.getMessage().startsWith("This Word file could not be read"), e.getMessage());
            assertFalse(e.getMessage().contains("TOP-SECRET"));
        }
    }

    @Test
    void aCutOffWordFileLooksDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(plainDocx());
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));

        PlanReadException e = assertThrows(PlanReadException.class, () -> reader.read(cut, ReadProgress.NONE));
        assertEquals("This Word file could not be read: it looks damaged. Open it in Word, save it again, and import "
                + "the new copy.", e.getMessage());
    }

    @Test
    void aWordFileWithBrokenXmlLooksDamaged() throws Exception {
        Path broken = withPart(plainDocx(), "word/document.xml",
                out -> out.write("<w:document xmlns:w=\"x\"><w:body><w:p>".getBytes(StandardCharsets.UTF_8)),
                dir.resolve("broken.docx"));

        PlanReadException e = assertThrows(PlanReadException.class, () -> reader.read(broken, ReadProgress.NONE));
        assertTrue(e.getMessage().contains("it looks damaged"), e.getMessage());
    }

    @Test
    void randomBytesLookDamagedAndAnEmptyFileIsEmpty() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.docx"), noise);
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);

        assertTrue(assertThrows(PlanReadException.class, () -> reader.read(garbage, ReadProgress.NONE)).getMessage()
                .contains("it looks damaged"));
        assertEquals("The file is empty.",
                assertThrows(PlanReadException.class, () -> reader.read(empty, ReadProgress.NONE)).getMessage());
    }

    @Test
    void aWordFileWithoutTextSaysSo() throws Exception {
        WordFiles word = new WordFiles();
        word.body("");
        Path blank = word.save(dir.resolve("blank.docx"));

        assertEquals("This Word document has no text to import.",
                assertThrows(PlanReadException.class, () -> reader.read(blank, ReadProgress.NONE)).getMessage());
    }

    @Test
    void problemsInsidePoiBecomePlainMessages() {
        assertTrue(DocxPlanReader.translate(new org.apache.poi.ooxml.POIXMLException(
                "Strict OOXML isn't currently supported, please see bug #57699")).getMessage()
                .contains("Strict Open XML"));
        assertTrue(DocxPlanReader.translate(new IllegalStateException("unexpected", new NullPointerException()))
                .getMessage().contains("it looks damaged"));
    }
}
