package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables typed less tidily than the seed's: what is matched, what becomes an excerpt, what is listed. */
class TypedTableTest {
    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = MappingBench.planOnly(dir, "Typed");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private TablePreview preview(GridRow... rows) throws Exception {
        return TableImport.preview(new Grid("Table 1 of “typed.docx”", List.of(rows)), workspace.load(), null);
    }

    private static GridRow row(int line, String... cells) {
        return new GridRow(line, List.of(cells), false);
    }

    @Test
    void partQuotesBecomeExcerptsInThePlansOwnWordingAndOtherWordingIsFolded() throws Exception {
        TablePreview preview = preview(
                row(1, "Prevent", ""),
                row(2, "Healthy food", "• 2.18 \"the next version of hospital food standards will be published in "
                        + "2019\" (LTP, p.37)\n• ‘The NHS Diabetes Prevention Programme supports those at HIGH risk "
                        + "of type 2 diabetes to reduce their risk.’"),
                row(3, "", "see paragraphs 3.53–3.55"));
        assertEquals(List.of(), preview.unmatched());
        assertEquals("Prevent", preview.themes().get(0).title());
        var links = preview.priorities().get(0).links();
        assertEquals(List.of("2.18", "2.15", "3.53", "3.54", "3.55"), links.stream().map(l -> l.item().number()).toList());
        assertEquals("The next version of hospital food standards will be published in 2019", links.get(0).excerpt());
        assertEquals("The NHS Diabetes Prevention Programme supports those at high risk of type 2 diabetes to reduce "
                + "their risk.", links.get(1).excerpt());
        assertNull(links.get(2).excerpt());
    }

    @Test
    void whatCannotBeMatchedIsListedWithItsRowAndTheRestIsImported() throws Exception {
        TablePreview preview = preview(
                row(1, "Local priority", "National plan"),
                row(2, "Smoking", "2.9. First, the NHS will … (NHS LTP p. 35)\n2.99. A paragraph the plan lacks. "
                        + "(NHS LTP p. 35)\n“Words that no paragraph of the plan holds at all” (NHS LTP p. 12)"),
                row(3, "", "(NHS LTP p. 40)"),
                row(5, "Domestic abuse", "Not mentioned in the plan"));
        assertEquals(List.of(
                new TablePreview.Unmatched(2, "2.99. A paragraph the plan lacks. (NHS LTP p. 35)",
                        "paragraph 2.99 is not in NHS LTP"),
                new TablePreview.Unmatched(2, "“Words that no paragraph of the plan holds at all” (NHS LTP p. 12)",
                        "no paragraph of NHS LTP holds this wording (page 12 was cited)"),
                new TablePreview.Unmatched(3, "(NHS LTP p. 40)", "a page alone does not say which paragraph is meant")),
                preview.unmatched());
        assertEquals(BoardTableLayout.DEFAULT_THEME, preview.themes().get(0).title());
        workspace.history().execute(TableImportEdit.of(preview));
        WorkspaceContent content = workspace.load();
        Priority smoking = content.priorities().get(0);
        assertEquals(List.of("2.9"), content.linksOf(smoking.id()).stream()
                .map(l -> content.item(l.planItemId()).orElseThrow().number()).toList());
        assertEquals("Not mentioned in the plan", content.priorities().get(1).noMention());
    }

    @Test
    void importingTheSameTableAgainFindsEverythingThere() throws Exception {
        GridRow[] rows = {row(1, "Prevent", ""), row(2, "Smoking\n• Pregnancy", "2.10. (NHS LTP p. 35)")};
        workspace.history().execute(TableImportEdit.of(preview(rows)));
        TablePreview again = preview(row(1, "PREVENT", ""), row(2, " smoking \n•  pregnancy", "2.10"));
        assertTrue(again.changesNothing());
        assertTrue(again.themes().get(0).priorities().get(0).links().get(0).exists());
    }

    @Test
    void thePlanColumnFirstWhenTheHeaderSaysSo() throws Exception {
        TablePreview preview = preview(
                row(1, "Prevent", "", ""),
                row(1, "Link to the NHS Long Term Plan", "Notes", "Our priority"),
                row(2, "2.20. (NHS LTP p. 38)", "agreed in March", "Alcohol advice and treatment"));
        assertEquals("Prevent", preview.themes().get(0).title());
        TablePreview.PriorityDraft alcohol = preview.priorities().get(0);
        assertEquals("Alcohol advice and treatment", alcohol.title());
        assertEquals("2.20", alcohol.links().get(0).item().number());
    }

    /** About 5 s to preview and 6 s to save on a shared two-core machine. */
    @Test
    void tenThousandRowsImportInOneStep() throws Exception {
        GridRow[] rows = new GridRow[10_000];
        rows[0] = new GridRow(1, List.of("Prevent"), true);
        for (int r = 1; r < rows.length; r++) {
            rows[r] = r % 100 == 0 ? new GridRow(r + 1, List.of("Theme " + r), true)
                    : row(r + 1, "Priority " + r + "\n• Sub-item " + r, (r % 3 == 0 ? "2.18. " : "2.9. ")
                    + "(NHS LTP p. 37)\nThe NHS Diabetes Prevention Programme supports those at high risk");
        }
        long start = System.nanoTime();
        TablePreview preview = preview(rows);
        workspace.history().execute(TableImportEdit.of(preview));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(9_900, workspace.load().priorities().size());
        assertEquals(19_800, workspace.load().links().size());
        assertTrue(seconds < 60, seconds + " s");
    }

    @Test
    void aPriorityCellWithoutWordsAndASheetRowWithoutThemeAreNotLost() throws Exception {
        TablePreview board = preview(row(1, "Priority", "Plan"), row(2, "•", "2.18"), row(3, "Smoking", "2.9"));
        assertEquals(List.of(new TablePreview.Unmatched(2, "•", "no priority wording in the cell")), board.unmatched());
        assertEquals(List.of("Smoking"), board.priorities().stream().map(TablePreview.PriorityDraft::title).toList());
        TablePreview sheet = preview(row(1, "Theme", "Priority", "Paragraph"), row(2, "", "Smoking", "2.9."));
        assertEquals(BoardTableLayout.DEFAULT_THEME, sheet.themes().get(0).title());
        assertEquals("2.9", sheet.priorities().get(0).links().get(0).item().number());
    }

    @Test
    void aThemeColumnGroupsThePrioritiesBlankMeaningTheThemeAbove() throws Exception {
        TablePreview preview = preview(
                row(1, "Theme", "Priority", "National plan text"),
                row(2, "Prevent", "Smoking", "2.9"),
                row(3, "", "Alcohol", "2.20"),
                row(4, "Reduce", "Screening", "3.68"));
        assertEquals(List.of("Prevent", "Reduce"), preview.themes().stream().map(TablePreview.ThemeDraft::title).toList());
        assertEquals(List.of("Smoking", "Alcohol"), preview.themes().get(0).priorities().stream()
                .map(TablePreview.PriorityDraft::title).toList());
        assertEquals(List.of(), preview.unmatched());
    }
}
