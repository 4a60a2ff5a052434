package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosswalk.export.sheets.CsvExporter;
import org.crosswalk.export.sheets.CsvRecords;
import org.crosswalk.export.sheets.SheetExpectations;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export, read back byte by byte and with a strict RFC 4180 reader. */
class CsvExporterTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void isRegisteredAsAStandardFormat() {
        Exporter csv = Exporters.standard().exporter("csv").orElseThrow();
        assertEquals("CSV for Excel", csv.description());
        assertEquals(".csv", csv.extension());
    }

    @Test
    void theSampleGivesTheSeedTableRowByRow() throws Exception {
        WorkspaceContent content = ExportFixtures.sampleContent(dir);
        List<List<String>> records = read(export(PaperBuilder.build(content), "sample.csv"));
        assertEquals(SheetExpectations.header(), records.get(0));
        List<List<String>> expected = SheetExpectations.sampleRows(content);
        assertEquals(29, expected.size());
        assertEquals(expected.size(), records.size() - 1);
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r), records.get(r + 1), "record " + (r + 2));
        }
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkAndEndsRecordsWithCrLf() throws Exception {
        byte[] bytes = Files.readAllBytes(export(ExportFixtures.samplePaper(dir), "sample.csv"));
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Theme,Priority,Sub-items,Status,Plan,Plan label,Paragraph,Page,Quote,"), text);
        assertTrue(text.endsWith("\r\n"));
        assertTrue(text.contains("\r\nReducing the impact of ill health (Reduce),"), "unquoted simple fields");
    }

    @Test
    void commasQuotesLineBreaksPoundsAndDashesSurviveAndRiskyValuesAreNeutralised() throws Exception {
        Path file = export(SheetExpectations.riskyPaper(), "risky.csv");
        List<List<String>> records = read(file);
        assertEquals(SheetExpectations.header(), records.get(0));
        List<List<String>> expected = SheetExpectations.riskyRows();
        assertEquals(expected.size(), records.size() - 1);
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r), records.get(r + 1), "record " + (r + 2));
        }
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "quotes doubled inside a quoted field");
        assertTrue(raw.contains("£20.5 billion") && raw.contains(" – "), "£ and – in UTF-8");
    }

    private Path export(Paper paper, String name) throws Exception {
        return new ExportService(List.of(new CsvExporter())).write(paper, new CsvExporter(), dir.resolve(name));
    }

    private static List<List<String>> read(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "UTF-8 byte-order mark");
        return CsvRecords.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
}
