package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Exporters;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.tables.reading.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance (issue 6): the sample exported to XLSX and to CSV, each imported into an empty
 * workspace with the same plan and exported again, gives the same file contents.
 */
class ExportFileRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void xlsxExportImportExportGivesTheSameCells() throws Exception {
        Path[] exports = roundTrip("xlsx");
        assertEquals(cells(exports[0]), cells(exports[1]));
    }

    @Test
    void csvExportImportExportGivesTheSameBytes() throws Exception {
        Path[] exports = roundTrip("csv");
        assertArrayEquals(Files.readAllBytes(exports[0]), Files.readAllBytes(exports[1]));
    }

    /**
     * The Word paper gives each theme its own table under a heading; read as one table with the
     * headings as theme rows, it brings back the sample's themes, priorities, sub-items, links
     * (with their excerpts) and "no mention" statements.
     */
    @Test
    void theWordPaperImportsBackAsTheSameTable() throws Exception {
        Path paper = dir.resolve("paper.docx");
        WorkspaceContent sample;
        try (Workspace workspace = MappingBench.sample(dir)) {
            sample = workspace.load();
            Exporters.standard().export(sample, Exporters.standard().exporter("docx").orElseThrow(), paper);
        }
        try (Workspace target = MappingBench.planOnly(dir, "From docx")) {
            var file = TableFiles.read(paper);
            assertEquals("Tables 1–3 (one per heading)", file.gridNames().get(0));
            TablePreview preview = TableImport.preview(TableImport.mostCiting(file.grids()), target.load(), null);
            assertEquals(List.of(), preview.unmatched());
            target.history().execute(TableImportEdit.of(preview));
            MappingBench.assertSameTable(sample, target.load());
        }
    }

    /** The first export (of the richer sample) and the second (of what it imported into). */
    private Path[] roundTrip(String format) throws Exception {
        Exporter exporter = Exporters.standard().exporter(format).orElseThrow();
        Path first = dir.resolve("first." + format);
        Path second = dir.resolve("second." + format);
        WorkspaceContent sample;
        try (Workspace workspace = MappingBench.richerSample(dir)) {
            sample = workspace.load();
            Exporters.standard().export(sample, exporter, first);
        }
        try (Workspace target = MappingBench.planOnly(dir, "From " + format)) {
            var file = TableFiles.read(first);
            TablePreview preview = TableImport.preview(TableImport.mostCiting(file.grids()), target.load(), null);
            assertEquals(List.of(), preview.unmatched());
            target.history().execute(TableImportEdit.of(preview));
            MappingBench.assertSameTable(sample, target.load());
            Exporters.standard().export(target.load(), exporter, second);
        }
        return new Path[] {first, second};
    }

    /** Every sheet's cells as shown. */
    private static Map<String, List<List<String>>> cells(Path xlsx) throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell.getAddress() + "=" + format.formatCellValue(cell)));
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }
}
