package org.crosswalk.plans.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.plans.reading.docx.DocxPlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format of a plan file comes from what is in it; files that are not plans say what they are. */
class FormatSnifferTest {
    private static final String READABLE =
            "Crosswalk reads plans from PDF, Word (.docx), web pages (.html) or text files.";

    @TempDir
    Path dir;

    private final FormatSniffer sniffer = new FormatSniffer();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(Path file) {
        return assertThrows(PlanReadException.class, () -> sniffer.detect(file)).getMessage();
    }

    private Path wordFile(String name) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            document.createParagraph().createRun().setText("2.1. A paragraph typed in Word.");
            document.write(out);
        }
        return dir.resolve(name);
    }

    private Path zip(String name, String... entriesAndContents) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndContents[i]));
                out.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void formatsAreKnownByTheirContent() throws Exception {
        assertEquals(PlanFormat.PDF, sniffer.detect(write("plan.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")));
        assertEquals(PlanFormat.DOCX, sniffer.detect(wordFile("plan.docx")));
        assertEquals(PlanFormat.HTML, sniffer.detect(write("plan.html", "<!DOCTYPE html><html><body><p>x</p>")));
        assertEquals(PlanFormat.HTML, sniffer.detect(write("saved.htm",
                "\uFEFF<!-- saved from url=(0014)about:internet -->\n<html><head>")));
        assertEquals(PlanFormat.HTML, sniffer.detect(write("fragment.txt", "  <h2>Chapter 2</h2><p>2.1. Text</p>")));
        assertEquals(PlanFormat.TEXT, sniffer.detect(write("plan.txt", "Chapter 2: Prevention\n\n2.1. If a < b.")));
        assertEquals(PlanFormat.TEXT, sniffer.detect(write("plan.md", "# The plan\n\nText with <html> later on.")));
        assertEquals(PlanFormat.TEXT, sniffer.detect(write("old.txt",
                "2.4. An extra \u00a34.5 billion.\r\n".getBytes(Charset.forName("windows-1252")))));
        assertEquals(PlanFormat.TEXT, sniffer.detect(write("unicode.txt",
                "\uFEFF2.1. Notepad \u201cUnicode\u201d.".getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void aWordFileWithTheWrongNameIsStillReadAsWord() throws Exception {
        Path misnamed = Files.move(wordFile("plan.docx"), dir.resolve("plan.pdf"));

        assertEquals(PlanFormat.DOCX, sniffer.detect(misnamed));
        SourceDocument read = new DocxPlanReader().read(misnamed, ReadProgress.NONE);
        assertEquals("2.1. A paragraph typed in Word.", read.blocks().get(0).text());
    }

    @Test
    void anEmptyFileIsEmpty() throws Exception {
        assertEquals("The file is empty.", refusal(write("plan.pdf", new byte[0])));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading() throws Exception {
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(FormatSniffer.MAX_FILE_BYTES + 1); // sparse: takes no disk space
        }
        assertEquals("The file is too large to be a plan (301 MB). Crosswalk reads plan files of up to 300 MB.",
                refusal(huge));

        Path small = write("small.txt", "x".repeat(3 * 1024 * 1024));
        assertEquals("The file is too large to be a plan (3 MB). Crosswalk reads plan files of up to 2 MB.",
                assertThrows(PlanReadException.class, () -> new FormatSniffer(2 * 1024 * 1024).detect(small))
                        .getMessage());
    }

    @Test
    void spreadsheetsAndSlidesSayWhatTheyAre() throws Exception {
        Path xlsx = dir.resolve("plan.docx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            book.createSheet("Plan").createRow(0).createCell(0).setCellValue("2.1");
            book.write(out);
        }
        assertEquals("This is an Excel workbook. " + READABLE, refusal(xlsx));

        Path pptx = dir.resolve("plan.pptx");
        try (XMLSlideShow slides = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
            slides.createSlide();
            slides.write(out);
        }
        assertEquals("This is a PowerPoint presentation. " + READABLE, refusal(pptx));
    }

    @Test
    void openDocumentFilesAskToBeSavedAsWordOrPdf() throws Exception {
        Path odt = zip("plan.odt", "mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content/>");
        assertEquals("This is an OpenDocument text file (.odt). Save it as Word (.docx) or PDF (in LibreOffice: "
                + "File > Save As, or File > Export as PDF), then import that.", refusal(odt));

        Path ods = zip("plan.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        assertEquals("This is an OpenDocument spreadsheet (.ods). " + READABLE, refusal(ods));

        Path fodt = Path.of("..", "shared", "fixtures", "plan-import", "ltp-excerpt.fodt");
        if (!Files.exists(fodt)) {
            fodt = write("plan.fodt", "<?xml version=\"1.0\"?><office:document xmlns:office="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        }
        assertTrue(refusal(fodt).startsWith("This is an OpenDocument file (flat .fodt)."));
    }

    @Test
    void oldOfficeFilesSayHowToConvertThem() throws Exception {
        Path doc = dir.resolve("plan.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals("This is an older Word document (.doc). Open it in Word, save it as .docx or PDF, and import "
                + "that.", refusal(doc));

        Path xls = dir.resolve("plan.xls");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            book.createSheet("Plan");
            book.write(out);
        }
        assertEquals("This is an older Excel workbook (.xls). " + READABLE, refusal(xls));

        Path locked = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(locked)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertTrue(refusal(locked).startsWith("This Office file is protected by a password"));
    }

    @Test
    void otherFilesSayWhatTheyAreAndWhatCrosswalkReads() throws Exception {
        assertEquals("This is a zip archive, not a plan document. Unzip it and import the plan file inside. "
                + READABLE, refusal(zip("plans.zip", "plan.pdf", "%PDF-1.7")));
        assertEquals("This is a picture (PNG), not a document. " + READABLE,
                refusal(write("scan.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})));
        assertEquals("This is a Rich Text file (.rtf). Open it in Word, save it as .docx or PDF, and import that.",
                refusal(write("plan.rtf", "{\\rtf1\\ansi\\deff0 {\\fonttbl}")));
        assertTrue(refusal(write("page.mht", "From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: "
                + "multipart/related;\n\ttype=\"text/html\"")).startsWith("This is a web archive (.mht or .mhtml)."));

        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        assertEquals("This file is not a document Crosswalk can read: it holds binary data, not text. " + READABLE,
                refusal(write("plan.txt", noise)));
    }

    @Test
    void aBrokenZipLooksDamaged() throws Exception {
        byte[] word = Files.readAllBytes(wordFile("plan.docx"));
        byte[] cut = java.util.Arrays.copyOf(word, word.length / 3);
        assertTrue(refusal(write("cut.docx", cut)).startsWith("This file could not be read: it looks damaged"));
    }

    @Test
    void missingFilesAndFoldersSaySo() throws Exception {
        assertEquals("The file \"gone.pdf\" could not be found. It may have been moved or deleted.",
                refusal(dir.resolve("gone.pdf")));
        Path folder = Files.createDirectory(dir.resolve("plans"));
        assertEquals("\"plans\" is a folder, not a file. Choose the plan file inside it.", refusal(folder));
    }
}
