package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Plan;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.crosswalk.tables.reading.TableReadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables that are not mapping tables get a message a person can act on; blank rows change nothing. */
class BadTableTest {
    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = MappingBench.planOnly(dir, "Bad");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String refused(GridRow... rows) throws Exception {
        Grid grid = new Grid("Table 1 of “minutes.docx”", List.of(rows));
        WorkspaceContent content = workspace.load();
        return assertThrows(TableReadException.class, () -> TableImport.preview(grid, content, null)).getMessage();
    }

    private static GridRow row(int line, String... cells) {
        return new GridRow(line, List.of(cells), false);
    }

    @Test
    void anEmptyTable() throws Exception {
        assertEquals("Table 1 of “minutes.docx” is empty: there is no table to import.",
                refused(row(1, "", ""), row(2, " ")));
    }

    @Test
    void aTableOfOneColumn() throws Exception {
        assertTrue(refused(row(1, "Reduce smoking"), row(2, "Immunisation")).contains("has only one column"));
    }

    @Test
    void aHeaderThatNamesNoPriorityColumn() throws Exception {
        String message = refused(row(1, "Name", "Organisation"), row(2, "Val Messenger", "Oxfordshire County Council"));
        assertTrue(message.contains("header row reads “Name | Organisation”"), message);
        assertTrue(message.contains("“Priority | National plan”"), message);
    }

    @Test
    void blankRowsAnywhereChangeNothing() throws Exception {
        WorkspaceContent sample;
        try (Workspace other = MappingBench.sample(dir)) {
            sample = other.load();
        }
        Grid seed = SeedGrid.of(sample);
        List<GridRow> spaced = new ArrayList<>();
        for (GridRow row : seed.rows()) {
            spaced.add(new GridRow(row.line() * 2, List.of("", ""), false));
            spaced.add(new GridRow(row.line() * 2 + 1, row.cells(), row.spanning()));
        }
        TablePreview preview = TableImport.preview(new Grid(seed.source(), spaced), workspace.load(), null);
        workspace.history().execute(TableImportEdit.of(preview));
        MappingBench.assertSameTable(sample, workspace.load());
    }

    @Test
    void severalPlansAndCitationsThatNameNoneOfThem() throws Exception {
        WorkspaceContent two = new WorkspaceContent(workspace.load().board(), List.of(plan("NHS LTP"),
                plan("10 Year Plan")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        String message = assertThrows(TableReadException.class, () -> PlanChoice.choose(two, null,
                List.of("", "LTEP"))).getMessage();
        assertEquals("The workspace has several plans and the table's citations do not say which one they quote. "
                + "Its plans are labelled “NHS LTP”, “10 Year Plan”. Choose one of them.", message);
        assertEquals("NHS LTP", PlanChoice.choose(two, null, List.of("NHS LTP", "LTP", "10 Year Plan")).label());
        assertEquals("10 Year Plan", PlanChoice.choose(two, "10 year plan", List.of("NHS LTP")).label());
        assertTrue(assertThrows(TableReadException.class, () -> PlanChoice.choose(two, "LTP 2", List.of()))
                .getMessage().startsWith("The workspace has no plan labelled “LTP 2”."));
    }

    private static Plan plan(String label) {
        return new Plan(UUID.randomUUID(), label + " title", label, null, null, null, null, null);
    }
}
