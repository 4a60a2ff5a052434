package org.crosswalk.tables.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.crosswalk.plans.reading.TextDecoding;

/**
 * Decides what a file holds from its first bytes, not its name: an Excel workbook saved as
 * "priorities.csv" is read as Excel. Everything Crosswalk cannot read as a table (a protected
 * Office file, an old .doc or .xls, a PDF, a picture, binary data, an empty or huge file) gets
 * a {@link TableReadException} saying what it is and what to do instead.
 */
final class TableFormatSniffer {
    /** The largest file read as a table: far above any real priorities table. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    static final String READABLE = "Crosswalk reads tables from Excel (.xlsx), CSV and Word (.docx) files.";
    static final String PASSWORD = "This file is protected by a password, so Crosswalk cannot read it. Open it in Excel "
            + "or Word, remove the password (File > Info > Protect), save it, and import it again.";

    private static final int HEAD_BYTES = 8 * 1024;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private TableFormatSniffer() {
    }

    static TableFormat detect(Path file) throws TableReadException {
        byte[] head = head(file);
        if (startsWith(head, "PK\u0003\u0004".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
            return officeFormat(file);
        }
        if (startsWith(head, OLE2)) {
            throw new TableReadException(oldOfficeMessage(file));
        }
        if (startsWith(head, "%PDF-".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
            throw new TableReadException("This is a PDF, whose tables Crosswalk cannot read. Open the document it was "
                    + "made from, or copy the table into Excel, and import that. " + READABLE);
        }
        if (TextDecoding.decode(head, true) == null) {
            throw new TableReadException("This file holds binary data, not a table. " + READABLE);
        }
        return TableFormat.CSV;
    }

    /** The start of the file, after checking that it exists, is not empty and is not huge. */
    private static byte[] head(Path file) throws TableReadException {
        String name = TableFiles.name(file);
        try {
            if (Files.isDirectory(file)) {
                throw new TableReadException("“" + name + "” is a folder, not a file.");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new TableReadException("The file “" + name + "” is empty.");
            }
            if (size > MAX_FILE_BYTES) {
                throw new TableReadException("The file “" + name + "” is too large (" + (size >> 20) + " MB) to be a "
                        + "table of priorities. Crosswalk reads files of up to " + (MAX_FILE_BYTES >> 20) + " MB.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(HEAD_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new TableReadException("The file “" + name + "” could not be found. It may have been moved or "
                    + "deleted.", e);
        } catch (IOException e) {
            throw cannotOpen(name, e);
        }
    }

    static TableReadException cannotOpen(String name, IOException e) {
        String why = e instanceof AccessDeniedException ? "you do not have permission to read it"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new TableReadException("The file “" + name + "” could not be opened: " + why + ".", e);
    }

    private static TableFormat officeFormat(Path file) throws TableReadException {
        Set<String> entries = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().limit(10_000).forEach(e -> entries.add(e.getName().toLowerCase(Locale.ROOT)));
        } catch (ZipException e) {
            throw new TableReadException("This file looks damaged: it is a zip archive that cannot be opened. If it is "
                    + "an Excel or Word file, open it there, save it again and import the new copy.", e);
        } catch (IOException e) {
            throw cannotOpen(TableFiles.name(file), e);
        }
        if (entries.contains("xl/workbook.xml")) {
            return TableFormat.XLSX;
        }
        if (entries.contains("word/document.xml")) {
            return TableFormat.DOCX;
        }
        if (entries.contains("xl/workbook.bin")) {
            throw new TableReadException("This is an Excel binary workbook (.xlsb). Open it in Excel, save it as an "
                    + "Excel Workbook (.xlsx), and import that.");
        }
        if (entries.contains("mimetype") && entries.contains("content.xml")) {
            throw new TableReadException("This is an OpenDocument file (.ods or .odt). Save it as Excel (.xlsx) or "
                    + "Word (.docx) in LibreOffice (File > Save As), and import that.");
        }
        throw new TableReadException("This is a zip archive, not a table. Unzip it and import the file inside. "
                + READABLE);
    }

    private static String oldOfficeMessage(Path file) {
        Set<String> names = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            fs.getRoot().getEntryNames().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        } catch (IOException | RuntimeException e) {
            // A damaged compound file: say what it most likely is.
        }
        if (names.contains("encryptedpackage") || names.contains("encryptioninfo")) {
            return PASSWORD;
        }
        if (names.contains("workbook") || names.contains("book")) {
            return "This is an older Excel workbook (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx), "
                    + "and import that.";
        }
        if (names.contains("worddocument")) {
            return "This is an older Word document (.doc). Open it in Word, save it as a Word Document (.docx), and "
                    + "import that.";
        }
        return "This is an older Office file that Crosswalk cannot read. " + READABLE;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
