package org.crosswalk.plans.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Office files (.docx, .xlsx) taken apart and put back with one part changed, for hostile-input tests. */
public final class OfficeParts {
    public static final String SHEET = "xl/worksheets/sheet1.xml";
    public static final String WORD_BODY = "word/document.xml";
    public static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    public static final String WORD_START = "<w:document xmlns:w=\""
            + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

    private OfficeParts() {
    }

    /** A sheet whose one cell holds {@code megabytes} MB of spaces: a zip bomb of well under 1 MB. */
    public static PartWriter sheetOfSpaces(int megabytes) {
        return repeated(SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", " ".repeat(1024),
                megabytes * 1024, "</t></is></c></row></sheetData></worksheet>");
    }

    /** A Word body of one paragraph of {@code megabytes} MB of spaces. */
    public static PartWriter wordBodyOfSpaces(int megabytes) {
        return repeated(WORD_START + "<w:p><w:r><w:t>", " ".repeat(1024), megabytes * 1024,
                "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** A Word body of {@code depth} nested elements, never closed. */
    public static PartWriter nestedWordBody(int depth) {
        return repeated(WORD_START, "<w:customXml>", depth, "</w:body></w:document>");
    }

    /** Writes a part's new content. */
    public interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A copy of {@code source} with {@code partName}'s content replaced by what {@code writer} writes. */
    public static Path withPart(Path source, String partName, PartWriter writer, Path target) throws IOException {
        return rewrite(source, partName, writer, 0, target);
    }

    /** A copy of {@code source} with {@code count} extra tiny parts ("extra/N.xml") that nothing refers to. */
    public static Path withExtraParts(Path source, int count, Path target) throws IOException {
        return rewrite(source, null, null, count, target);
    }

    /** A part holding {@code text} in UTF-8. */
    public static PartWriter text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A part of {@code before}, {@code repeat} copies of {@code unit} and {@code after}: a small
     * file that unpacks to a huge part, or a deeply nested one.
     */
    public static PartWriter repeated(String before, String unit, int repeat, String after) {
        return out -> {
            out.write(before.getBytes(StandardCharsets.UTF_8));
            byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < repeat; i++) {
                out.write(bytes);
            }
            out.write(after.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static Path rewrite(Path source, String partName, PartWriter writer, int extra, Path target)
            throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(partName)) {
                    writer.write(out);
                } else {
                    try (InputStream part = in.getInputStream(entry)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            for (int i = 0; i < extra; i++) {
                out.putNextEntry(new ZipEntry("extra/" + i + ".xml"));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }
}
