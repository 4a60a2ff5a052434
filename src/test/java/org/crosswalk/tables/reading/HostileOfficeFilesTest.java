package org.crosswalk.tables.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.plans.reading.OfficeParts;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel and Word files built to hurt the reader of priority and mapping tables: zip bombs, more
 * parts than any real file, external entities pointing at a local file, and XML nested far
 * deeper than any real document. Each gives a plain message (or a valid result without the
 * entity), quickly and without running out of memory (tests run with -Xmx1g).
 */
class HostileOfficeFilesTest {
    private static final String SHEET = OfficeParts.SHEET;
    private static final String SHEET_START = OfficeParts.SHEET_START;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String SECRET = "TOP-SECRET-PASSWORD-42";
    private static final int MEGABYTE = 1024 * 1024;

    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        return TableFixtures.xlsx(dir.resolve("plain.xlsx"), "Priorities", List.of(List.of("Theme", "Priority"),
                List.of("Prevent", "Reduce smoking")));
    }

    private Path wordTable() throws Exception {
        var document = TableFixtures.wordDocument();
        TableFixtures.table(document, List.of("Priority", "Plan"), List.of(List.of("Reduce smoking", "2.9.")));
        return TableFixtures.save(document, dir.resolve("plain.docx"));
    }

    private Path secret() throws Exception {
        return Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    private static String zipBombMessage(String what) {
        return "This " + what + " could not be read: it unpacks to far more data than a real one would (it may be a "
                + "\"zip bomb\"), so Crosswalk stopped reading it.";
    }

    @Test
    void aWorkbookWhoseSheetUnpacksToAHugeCellIsAZipBomb() throws Exception {
        assertZipBomb(OfficeParts.withPart(workbook(), SHEET, OfficeParts.sheetOfSpaces(40), dir.resolve("bomb.xlsx")),
                "Excel workbook");
    }

    @Test
    void aWordTableThatUnpacksToAHugeDocumentIsAZipBomb() throws Exception {
        assertZipBomb(OfficeParts.withPart(wordTable(), OfficeParts.WORD_BODY, OfficeParts.wordBodyOfSpaces(40),
                dir.resolve("bomb.docx")), "Word document");
    }

    private static void assertZipBomb(Path bomb, String what) throws Exception {
        assertTrue(Files.size(bomb) < MEGABYTE, "small on disk: " + Files.size(bomb));
        TableReadException e = assertThrows(TableReadException.class, () -> TableFiles.read(bomb));
        assertEquals(zipBombMessage(what), e.getMessage());
    }

    @Test
    void aWorkbookOfThousandsOfPartsIsRefused() throws Exception {
        Path many = OfficeParts.withExtraParts(workbook(), 5000, dir.resolve("many.xlsx"));

        TableReadException e = assertThrows(TableReadException.class, () -> TableFiles.read(many));
        assertEquals(zipBombMessage("Excel workbook"), e.getMessage());
    }

    @Test
    void anExternalEntityInASheetNeverReadsTheLocalFile() throws Exception {
        Path hostile = OfficeParts.withPart(workbook(), SHEET, OfficeParts.text(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                        + secret().toUri() + "\">]>" + SHEET_START.substring(SHEET_START.indexOf("<worksheet"))
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Priority &xxe;</t></is></c></row>"
                        + "</sheetData></worksheet>"), dir.resolve("xxe.xlsx"));

        assertNothingLeaks(hostile, "Excel workbook");
    }

    @Test
    void anExternalEntityInTheSharedStringsNeverReadsTheLocalFile() throws Exception {
        Path hostile = OfficeParts.withPart(workbook(), "xl/sharedStrings.xml", OfficeParts.text(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret().toUri()
                        + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" "
                        + "uniqueCount=\"4\"><si><t>Theme &xxe;</t></si><si><t>Priority</t></si><si><t>Prevent</t>"
                        + "</si><si><t>Reduce smoking</t></si></sst>"), dir.resolve("xxe-strings.xlsx"));

        assertNothingLeaks(hostile, "Excel workbook");
    }

    @Test
    void anExternalEntityInAWordTableNeverReadsTheLocalFile() throws Exception {
        Path hostile = OfficeParts.withPart(wordTable(), "word/document.xml", OfficeParts.text(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                        + secret().toUri() + "\">]><w:document xmlns:w=\"" + W + "\"><w:body><w:tbl><w:tr><w:tc><w:p>"
                        + "<w:r><w:t>Priority &xxe;</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"),
                dir.resolve("xxe.docx"));

        assertNothingLeaks(hostile, "Word document");
    }

    @Test
    void aSheetNestedAMillionDeepIsAPlainMessage() throws Exception {
        Path deep = OfficeParts.withPart(workbook(), SHEET, OfficeParts.repeated(SHEET_START
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>", "<r>", 1_000_000, "</is></c></row></sheetData>"
                + "</worksheet>"), dir.resolve("deep.xlsx"));

        TableReadException e = assertThrows(TableReadException.class, () -> TableFiles.read(deep));
        assertTrue(e.getMessage().startsWith("This Excel workbook "), e.getMessage());
    }

    @Test
    void aWordDocumentNestedAMillionDeepIsAPlainMessage() throws Exception {
        Path deep = OfficeParts.withPart(wordTable(), OfficeParts.WORD_BODY, OfficeParts.nestedWordBody(1_000_000),
                dir.resolve("deep.docx"));

        TableReadException e = assertThrows(TableReadException.class, () -> TableFiles.read(deep));
        assertTrue(e.getMessage().startsWith("This Word document "), e.getMessage());
    }

    /** Either a plain message or a table without the entity's text; the secret appears nowhere. */
    private static void assertNothingLeaks(Path hostile, String what) {
        try {
            TableFile read = TableFiles.read(hostile);
            for (Grid grid : read.grids()) {
                grid.rows().forEach(row -> row.cells().forEach(cell -> assertFalse(cell.contains(SECRET), cell)));
            }
            read.outline().entries().forEach(entry -> assertFalse(entry.text().contains(SECRET), entry.text()));
        } catch (TableReadException e) {
            assertTrue(e.getMessage().startsWith("This " + what), e.getMessage());
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "the secret leaked: " + t);
            }
        }
    }
}
