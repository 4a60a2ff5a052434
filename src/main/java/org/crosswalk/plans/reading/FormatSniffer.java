package org.crosswalk.plans.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides a plan file's format from what is in it, not from its name: a Word file called
 * "plan.pdf" is read as Word. Files that are not plans (spreadsheets, slides, OpenDocument,
 * old .doc, pictures, archives, binary data), empty files and oversized files get a
 * {@link PlanReadException} saying what the file is and what to do instead.
 */
public final class FormatSniffer {
    /** The largest file Crosswalk tries to read as a plan: 300 MB. */
    public static final long MAX_FILE_BYTES = 300L * 1024 * 1024;

    private static final int HEAD_BYTES = 64 * 1024;

    private final long maxBytes;

    public FormatSniffer() {
        this(MAX_FILE_BYTES);
    }

    /** With another size limit, for tests. */
    FormatSniffer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The largest file this sniffer accepts, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The format of {@code file} by its content.
     *
     * @throws PlanReadException when the file is missing, empty, too large or not something
     *                           Crosswalk can read as a plan, with a message saying what to do
     */
    public PlanFormat detect(Path file) throws PlanReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new PlanReadException("\"" + name + "\" is a folder, not a file. Choose the plan file inside it.");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new PlanReadException("The file \"" + name + "\" could not be found. It may have been moved or deleted.",
                    e);
        } catch (IOException e) {
            throw cannotOpen(name, e);
        }
        if (size == 0) {
            throw new PlanReadException("The file is empty.");
        }
        if (size > maxBytes) {
            throw new PlanReadException("The file is too large to be a plan (" + megabytes(size)
                    + "). Crosswalk reads plan files of up to " + megabytes(maxBytes) + ".");
        }
        byte[] head = readHead(file, name);
        if (startsWith(head, 0, "%PDF-") || indexOf(head, "%PDF-", 1024) >= 0) {
            return PlanFormat.PDF;
        }
        if (startsWith(head, 0, "PK\u0003\u0004") || startsWith(head, 0, "PK\u0005\u0006")) {
            return zipFormat(file, name);
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
                && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1) {
            throw new PlanReadException(oldOfficeMessage(file));
        }
        String picture = pictureKind(head);
        if (picture != null) {
            throw new PlanReadException("This is a picture (" + picture + "), not a document. " + READABLE);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(head, head.length == HEAD_BYTES);
        String text = decoded == null ? null : decoded.text();
        if (text == null) {
            throw new PlanReadException("This file is not a document Crosswalk can read: it holds binary data, not text. "
                    + READABLE);
        }
        return textFormat(text);
    }

    private static final String READABLE = ReaderSupport.READABLE_FORMATS;

    private static PlanFormat textFormat(String text) throws PlanReadException {
        String start = text.stripLeading();
        String lower = start.length() > 8192 ? start.substring(0, 8192).toLowerCase(Locale.ROOT)
                : start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("{\\rtf")) {
            throw new PlanReadException("This is a Rich Text file (.rtf). Open it in Word, save it as .docx or PDF, "
                    + "and import that.");
        }
        if ((lower.startsWith("mime-version:") || lower.startsWith("from: <saved by") || lower.startsWith("from:"))
                && lower.contains("multipart/related")) {
            throw new PlanReadException("This is a web archive (.mht or .mhtml). Open it in a browser and save it as "
                    + "\"Web page, HTML only\", or print it to PDF, then import that.");
        }
        if (lower.startsWith("<?xml")) {
            if (lower.contains("<html") || lower.contains("http://www.w3.org/1999/xhtml")) {
                return PlanFormat.HTML;
            }
            if (lower.contains("urn:oasis:names:tc:opendocument") || lower.contains("<office:document")) {
                throw new PlanReadException("This is an OpenDocument file (flat .fodt). Save it as Word (.docx) or PDF "
                        + "(in LibreOffice: File > Save As, or File > Export as PDF), then import that.");
            }
            if (lower.contains("w:worddocument") || lower.contains("schemas.microsoft.com/office/word/2003")) {
                throw new PlanReadException("This is a Word XML file (Word 2003). Open it in Word, save it as .docx or "
                        + "PDF, and import that.");
            }
            throw new PlanReadException("This is an XML data file, not a plan document. " + READABLE);
        }
        if (looksLikeHtml(lower)) {
            return PlanFormat.HTML;
        }
        return PlanFormat.TEXT;
    }

    /** A page that opens with markup: a doctype, a comment ("saved from url"), or an HTML tag. */
    static boolean looksLikeHtml(String lower) {
        if (!lower.startsWith("<")) {
            return false;
        }
        for (String tag : new String[] {"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title",
            "<div", "<p>", "<p ", "<h1", "<h2", "<h3", "<h4", "<table", "<ul", "<ol", "<section", "<article",
            "<main", "<link", "<style", "<script", "<span", "<b>", "<a "}) {
            if (lower.startsWith(tag)) {
                return true;
            }
        }
        return false;
    }

    private static PlanFormat zipFormat(Path file, String name) throws PlanReadException {
        Set<String> entries = new HashSet<>();
        String mimetype = null;
        String contentTypes = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                entries.add(entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT));
                if (entries.size() > 100_000) {
                    break;
                }
            }
            mimetype = smallEntry(zip, "mimetype");
            if (entries.contains("[content_types].xml")) {
                contentTypes = smallEntry(zip, "[Content_Types].xml");
            }
        } catch (ZipException e) {
            throw new PlanReadException("This file could not be read: it looks damaged (it is a zip archive that cannot "
                    + "be opened). If it is a Word document, open it in Word, save it again and import the new copy.", e);
        } catch (IOException e) {
            throw cannotOpen(name, e);
        }
        if (entries.contains("word/document.xml")
                || contentTypes != null && contentTypes.contains("wordprocessingml.document.main")
                || contentTypes != null && contentTypes.contains("ms-word.document.macroenabled.main")
                || contentTypes != null && contentTypes.contains("wordprocessingml.template.main")) {
            return PlanFormat.DOCX;
        }
        if (entries.contains("xl/workbook.xml") || entries.contains("xl/workbook.bin")) {
            throw new PlanReadException("This is an Excel workbook. " + READABLE);
        }
        if (entries.contains("ppt/presentation.xml")) {
            throw new PlanReadException("This is a PowerPoint presentation. " + READABLE);
        }
        if (entries.contains("encryptedpackage")) {
            throw new PlanReadException(PASSWORD);
        }
        if (mimetype != null) {
            String type = mimetype.strip();
            if (type.equals("application/vnd.oasis.opendocument.text")
                    || type.equals("application/vnd.oasis.opendocument.text-template")) {
                throw new PlanReadException("This is an OpenDocument text file (.odt). Save it as Word (.docx) or PDF "
                        + "(in LibreOffice: File > Save As, or File > Export as PDF), then import that.");
            }
            if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                throw new PlanReadException("This is an OpenDocument spreadsheet (.ods). " + READABLE);
            }
            if (type.startsWith("application/vnd.oasis.opendocument.presentation")) {
                throw new PlanReadException("This is an OpenDocument presentation (.odp). " + READABLE);
            }
            if (type.startsWith("application/vnd.oasis.opendocument")) {
                throw new PlanReadException("This is an OpenDocument file. " + READABLE);
            }
            if (type.equals("application/epub+zip")) {
                throw new PlanReadException("This is an e-book (EPUB). " + READABLE);
            }
        }
        if (entries.contains("visio/document.xml")) {
            throw new PlanReadException("This is a Visio drawing. " + READABLE);
        }
        throw new PlanReadException("This is a zip archive, not a plan document. Unzip it and import the plan file "
                + "inside. " + READABLE);
    }

    private static final String PASSWORD = "This Office file is protected by a password, so Crosswalk cannot read it. "
            + "Open it in Word, remove the password (File > Info > Protect Document), save it, and import it again.";

    /** Up to 64 KB of one zip entry as text, or null when it is missing or larger. */
    private static String smallEntry(ZipFile zip, String entryName) throws IOException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(64 * 1024);
            return new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
    }

    private static String oldOfficeMessage(Path file) {
        Set<String> names = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            root.getEntryNames().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        } catch (IOException | RuntimeException e) {
            // A damaged or unusual compound file: fall back to the most likely case.
        }
        if (names.contains("encryptedpackage") || names.contains("encryptioninfo")) {
            return PASSWORD;
        }
        if (names.contains("workbook") || names.contains("book")) {
            return "This is an older Excel workbook (.xls). " + READABLE;
        }
        if (names.contains("powerpoint document")) {
            return "This is an older PowerPoint presentation (.ppt). " + READABLE;
        }
        if (names.contains("__substg1.0_0037001f") || names.contains("__properties_version1.0")) {
            return "This is an Outlook message (.msg). Save the plan attached to it and import that file.";
        }
        return "This is an older Word document (.doc). Open it in Word, save it as .docx or PDF, and import that.";
    }

    private static String pictureKind(byte[] head) {
        if (startsWith(head, 0, "\u0089PNG")) {
            return "PNG";
        }
        if (head.length > 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if (startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a")) {
            return "GIF";
        }
        if (startsWith(head, 0, "II*\u0000") || startsWith(head, 0, "MM\u0000*")) {
            return "TIFF";
        }
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP")) {
            return "WebP";
        }
        return null;
    }

    private static byte[] readHead(Path file, String name) throws PlanReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw cannotOpen(name, e);
        }
    }

    static PlanReadException cannotOpen(String name, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new PlanReadException("The file \"" + name + "\" could not be opened: you do not have permission to "
                    + "read it.", e);
        }
        return new PlanReadException("The file \"" + name + "\" could not be opened: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (bytes.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if ((bytes[at + i] & 0xFF) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, String ascii, int within) {
        int end = Math.min(bytes.length, within) - ascii.length();
        for (int i = 0; i <= end; i++) {
            if (startsWith(bytes, i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    private static String megabytes(long bytes) {
        long mb = (bytes + 1024 * 1024 - 1) / (1024 * 1024);
        return mb + " MB";
    }
}
