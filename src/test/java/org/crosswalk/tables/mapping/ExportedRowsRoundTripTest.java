package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.export.PaperBuilder;
import org.crosswalk.export.sheets.SpreadsheetRows;
import org.crosswalk.export.sheets.SpreadsheetRows.Column;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheet export's rows, read back into an empty workspace, give the same rows again. */
class ExportedRowsRoundTripTest {
    @TempDir
    Path dir;

    static Grid grid(WorkspaceContent content, List<Column> order) {
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow(1, order.stream().map(Column::header).toList(), false));
        for (SpreadsheetRows.Row row : SpreadsheetRows.of(PaperBuilder.build(content))) {
            rows.add(new GridRow(rows.size() + 1, order.stream().map(row::text).toList(), false));
        }
        return new Grid("Mapping.csv", rows);
    }

    static List<SpreadsheetRows.Row> rows(WorkspaceContent content) {
        return SpreadsheetRows.of(PaperBuilder.build(content));
    }

    @Test
    void sampleRowsInAnyColumnOrderComeBackTheSame() throws Exception {
        WorkspaceContent sample;
        try (Workspace workspace = MappingBench.richerSample(dir)) {
            sample = workspace.load();
        }
        List<Column> reversed = new ArrayList<>(SpreadsheetRows.columns());
        java.util.Collections.reverse(reversed);
        try (Workspace target = MappingBench.planOnly(dir, "Round trip")) {
            TablePreview preview = TableImport.preview(grid(sample, reversed), target.load(), null);
            assertEquals(List.of(), preview.unmatched());
            target.history().execute(TableImportEdit.of(preview));
            assertEquals(rows(sample), rows(target.load()));
            MappingBench.assertSameTable(sample, target.load());
        }
    }
}
