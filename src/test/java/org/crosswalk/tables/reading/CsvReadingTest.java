package org.crosswalk.tables.reading;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as Excel and others write it: encodings, delimiters, quoted cells, blank rows, many rows. */
class CsvReadingTest {
    @TempDir
    Path dir;

    @Test
    void windows1252FromExcelReadsThePoundSign() throws Exception {
        Path file = TableFixtures.csv(dir.resolve("priorities.csv"), Charset.forName("windows-1252"), ",",
                List.of(List.of("Theme", "Priority"), List.of("Reduce", "Save £2m on falls – by 2025")));
        Grid grid = only(file);
        assertEquals(List.of("Reduce", "Save £2m on falls – by 2025"), grid.rows().get(1).cells());
        assertEquals("priorities.csv", grid.source());
    }

    @Test
    void utf8WithAndWithoutMarkAndUtf16WithMark() throws Exception {
        List<List<String>> rows = List.of(List.of("Theme", "Priority"), List.of("Prévenir", "£ and “quotes”"));
        Path plain = TableFixtures.csv(dir.resolve("a.csv"), UTF_8, ",", rows);
        byte[] body = Files.readAllBytes(plain);
        byte[] marked = new byte[body.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(body, 0, marked, 3, body.length);
        Path withMark = Files.write(dir.resolve("b.csv"), marked);
        byte[] utf16 = ("\uFEFF" + new String(body, UTF_8)).getBytes(UTF_16LE);
        Path unicode = Files.write(dir.resolve("c.csv"), utf16);
        for (Path file : List.of(plain, withMark, unicode)) {
            assertEquals(rows, cells(only(file)), file.toString());
        }
    }

    @Test
    void semicolonAndTabDelimitersAreDetected() throws Exception {
        List<List<String>> rows = List.of(List.of("Theme", "Priority", "Note"), List.of("Reduce", "Falls, frailty", ""));
        assertEquals(rows, cells(only(TableFixtures.csv(dir.resolve("semi.csv"), UTF_8, ";", rows))));
        assertEquals(rows, cells(only(TableFixtures.csv(dir.resolve("tab.csv"), UTF_8, "\t", rows))));
    }

    @Test
    void quotedCellsHoldDelimitersQuotesAndLineBreaksAndLinesAreCountedInTheFile() throws Exception {
        String text = "Theme,Priority,Sub-items\r\n"
                + "Prevent,\"Smoking, \"\"stop\"\" services\",\"• One\n• Two\"\r\n"
                + "\r\n"
                + ",,\r\n"
                + "Reduce,Falls,Three\n";
        Grid grid = only(Files.writeString(dir.resolve("q.csv"), text));
        assertEquals(List.of(List.of("Theme", "Priority", "Sub-items"),
                List.of("Prevent", "Smoking, \"stop\" services", "• One\n• Two"), List.of("Reduce", "Falls", "Three")),
                cells(grid));
        assertEquals(List.of(1, 2, 6), grid.rows().stream().map(GridRow::line).toList(),
                "blank rows are left out; a row's line counts the line breaks inside quotes");
    }

    @Test
    void excelsSeparatorLineNamesTheDelimiter() throws Exception {
        Grid grid = only(Files.writeString(dir.resolve("sep.csv"), "sep=;\r\nTheme;Priority, with comma\r\nA;B, c\r\n"));
        assertEquals(List.of(List.of("Theme", "Priority, with comma"), List.of("A", "B, c")), cells(grid));
        assertEquals(List.of(2, 3), grid.rows().stream().map(GridRow::line).toList());
    }

    @Test
    void tenThousandRows() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Theme", "Priority", "Sub-items"));
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of("Theme " + (i / 100), "Priority " + i, "• a " + i + "\n• b " + i));
        }
        Grid grid = only(TableFixtures.csv(dir.resolve("big.csv"), UTF_8, ",", rows));
        assertEquals(10_001, grid.rows().size());
        assertEquals(List.of("Theme 99", "Priority 9999", "• a 9999\n• b 9999"), grid.rows().get(10_000).cells());
    }

    @Test
    void shortRowsArePaddedToTheWidestRow() throws Exception {
        Grid grid = only(Files.writeString(dir.resolve("ragged.csv"), "Theme,Priority,Note\nPrevent\n"));
        assertEquals(List.of("Prevent", "", ""), grid.rows().get(1).cells());
    }

    static Grid only(Path file) throws TableReadException {
        TableFile read = TableFiles.read(file);
        assertEquals(TableFormat.CSV, read.format());
        assertEquals(1, read.grids().size());
        return read.grids().get(0);
    }

    static List<List<String>> cells(Grid grid) {
        return grid.rows().stream().map(GridRow::cells).toList();
    }
}
