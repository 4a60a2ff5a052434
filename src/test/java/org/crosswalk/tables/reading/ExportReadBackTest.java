package org.crosswalk.tables.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.export.ExportFixtures;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.sheets.CsvExporter;
import org.crosswalk.export.sheets.SheetExpectations;
import org.crosswalk.export.sheets.SpreadsheetRows;
import org.crosswalk.export.sheets.XlsxExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crosswalk's own CSV and XLSX exports read back cell for cell, formula protection undone. */
class ExportReadBackTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesExportsReadBackAsWritten() throws Exception {
        Paper paper = ExportFixtures.samplePaper(dir);
        List<List<String>> expected = expected(paper);
        assertEquals(expected, CsvReadingTest.cells(readBack(new CsvExporter(), paper, "sample.csv").grids().get(0)));
        TableFile xlsx = readBack(new XlsxExporter(), paper, "sample.xlsx");
        assertEquals(List.of(XlsxExporter.MAPPING_SHEET), xlsx.gridNames(), "the About sheet is kept apart");
        assertEquals(expected, CsvReadingTest.cells(xlsx.grids().get(0)));
        assertEquals("Title", xlsx.about().orElseThrow().rows().get(0).cell(0));
    }

    @Test
    void riskyValuesComeBackWithoutTheProtectingApostrophe() throws Exception {
        Paper paper = SheetExpectations.riskyPaper();
        List<List<String>> expected = expected(paper);
        assertTrue(expected.stream().anyMatch(row -> row.contains("=1+1")));
        assertEquals(expected, CsvReadingTest.cells(readBack(new CsvExporter(), paper, "risky.csv").grids().get(0)));
        assertEquals(expected, CsvReadingTest.cells(readBack(new XlsxExporter(), paper, "risky.xlsx").grids().get(0)));
    }

    private TableFile readBack(Exporter exporter, Paper paper, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(paper, out);
        }
        return TableFiles.read(file);
    }

    private static List<List<String>> expected(Paper paper) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(SheetExpectations.header());
        for (SpreadsheetRows.Row row : SpreadsheetRows.of(paper)) {
            rows.add(SpreadsheetRows.columns().stream().map(row::text).toList());
        }
        return rows;
    }
}
