package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.ui.tableimport.PreviewNode;
import org.crosswalk.ui.tableimport.TableImportAction;
import org.crosswalk.ui.tableimport.TableImportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import Mapping Table without windows: the choices, the preview, import and undo. */
class TableImportViewModelTest {
    @TempDir
    Path dir;

    private final List<TableImportViewModel> shown = new ArrayList<>();

    private UiTestBench bench(boolean secondPlan) throws Exception {
        UiTestBench bench = new UiTestBench(dir);
        bench.files.open(MappingTableSample.workspace(bench.services, dir.resolve("ws/Board.crosswalk"), secondPlan));
        assertNotNull(bench.session.content());
        return bench;
    }

    private TableImportViewModel read(UiTestBench bench) throws Exception {
        TableImportAction action = new TableImportAction(bench.session, bench.dialogs, shown::add);
        bench.dialogs.fileAnswers.add(MappingTableSample.word(dir.resolve("HIB paper.docx")));
        action.chooseAndRead();
        assertEquals(1, shown.size(), "the window opens once the file is read: " + bench.dialogs.shown);
        return shown.get(0);
    }

    @Test
    void theMostCitingOfTwoTablesIsChosenAndAnotherCanBe() throws Exception {
        UiTestBench bench = bench(false);
        TableImportViewModel model = read(bench);
        assertEquals(List.of("Table 1", "Table 2"), model.tableNames());
        assertEquals(1, model.tableProperty().get(), "the mapping table, not the contacts");
        assertEquals(List.of(TableImportViewModel.AS_CITED, "NHS LTP"), model.planChoices());
        assertEquals("Will create 1 theme, 4 priorities, 1 sub-item, 2 links, 1 “no mention” statement",
                summary(model));

        List<String> tree = lines(PreviewNode.of(model.previewProperty().get()), "");
        assertEquals(List.of("New: Prevent",
                "  New: Reduce smoking prevalence",
                "    2.18 (NHS LTP p. 37) — excerpt: “The NHS will continue to take action on healthy NHS premises.”",
                "  New: Enable people to eat healthily",
                "    • Healthy food in hospitals",
                "    2.19 (NHS LTP p. 37) — excerpt: “Nutrition training, and an understanding of what is involved in…”",
                "  New: Promote active travel",
                "  New: Immunisation",
                "    No mention: “No specific mention in the Long Term Plan.”"), tree);

        model.tableProperty().set(0);
        TablePreview contacts = model.previewProperty().get();
        assertTrue(contacts == null || contacts.newLinks() == 0, "the contacts table cites nothing");
        model.tableProperty().set(1);
        assertEquals(2, model.previewProperty().get().newLinks());
    }

    @Test
    void whatCouldNotBeMatchedIsListedAndTheRestImports() throws Exception {
        TableImportViewModel model = read(bench(false));
        TablePreview preview = model.previewProperty().get();
        assertEquals(1, preview.unmatched().size());
        assertTrue(preview.unmatched().get(0).text().contains(MappingTableSample.LACKING), preview.unmatched().toString());
        assertTrue(preview.unmatched().get(0).line() > 0, "with its row");
        assertEquals("Import the rest", model.importLabel());
        assertTrue(model.importTable().isExecutable());
        assertEquals("", model.blockedReasonProperty().get());
    }

    @Test
    void choosingAnotherPlanMatchesAgainInIt() throws Exception {
        TableImportViewModel model = read(bench(true));
        assertEquals(List.of(TableImportViewModel.AS_CITED, "NHS LTP", "CHP"), model.planChoices());
        assertEquals("NHS LTP", model.previewProperty().get().plan().label(), "as the citations say");

        model.planProperty().set("CHP");
        TablePreview inChp = model.previewProperty().get();
        assertEquals("CHP", inChp.plan().label());
        assertEquals(0, inChp.newLinks(), "the community plan has no 2.18 nor the quote");

        model.planProperty().set(TableImportViewModel.AS_CITED);
        assertEquals(2, model.previewProperty().get().newLinks());
    }

    @Test
    void importIsOneChangeThatUndoRemoves() throws Exception {
        UiTestBench bench = bench(false);
        TableImportViewModel model = read(bench);
        model.importTable().execute();

        assertTrue(model.finishedProperty().get());
        WorkspaceContent after = bench.session.content();
        assertEquals(1, after.themes().size());
        assertEquals(4, after.priorities().size());
        assertEquals(2, after.links().size());
        assertTrue(bench.session.statusProperty().get().startsWith("Imported 1 theme, 4 priorities"),
                bench.session.statusProperty().get());
        assertTrue(bench.session.statusProperty().get().endsWith("1 citation could not be matched"));

        bench.session.undo();
        WorkspaceContent undone = bench.session.content();
        assertEquals(0, undone.themes().size());
        assertEquals(0, undone.priorities().size());
        assertEquals(0, undone.links().size());
    }

    @Test
    void aTableAlreadyImportedHasNothingToImport() throws Exception {
        UiTestBench bench = bench(false);
        read(bench).importTable().execute();
        shown.clear();
        TableImportViewModel again = read(bench);
        assertFalse(again.importTable().isExecutable());
        assertTrue(again.blockedReasonProperty().get().startsWith("Nothing to import"),
                again.blockedReasonProperty().get());
        assertTrue(summary(again).contains("4 priorities already exist"), summary(again));
    }

    @Test
    void anEditMeanwhileIsMatchedAgainUntilTheWindowCloses() throws Exception {
        UiTestBench bench = bench(false);
        TableImportViewModel model = read(bench);
        java.util.UUID board = bench.session.content().board().id();
        bench.session.execute(org.crosswalk.store.edit.OutlineEdits.addTheme(board, java.util.UUID.randomUUID(),
                "Prevent"));
        assertEquals(0, model.previewProperty().get().newThemes(), "the theme is there now");

        model.close();
        bench.session.undo();
        assertEquals(0, model.previewProperty().get().newThemes(), "a closed preview is left alone");
    }

    @Test
    void aReadOnlyWorkspaceShowsThePreviewButCannotImport() throws Exception {
        UiTestBench bench = new UiTestBench(dir);
        Path file = MappingTableSample.workspace(bench.services, dir.resolve("ws/Board.crosswalk"), false);
        bench.session.open(() -> bench.services.files().open(file, true), "Opening", w -> { }, p -> { });
        TableImportViewModel model = read(bench);
        assertNotNull(model.previewProperty().get());
        assertFalse(model.importTable().isExecutable());
        assertTrue(model.blockedReasonProperty().get().contains("read-only"));
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndNothingChanges() throws Exception {
        UiTestBench bench = bench(false);
        Path broken = Files.writeString(dir.resolve("broken.docx"), "not a Word document");
        TableImportAction action = new TableImportAction(bench.session, bench.dialogs, shown::add);
        action.read(broken);
        assertTrue(shown.isEmpty());
        assertEquals(1, bench.dialogs.shown.size());
        assertTrue(bench.dialogs.shown.get(0).startsWith("Could not import the table: Nothing was imported from "
                + "“broken.docx”. "), bench.dialogs.shown.get(0));
        assertEquals("", bench.session.undoDescriptionProperty().get());
        assertNull(shownPreview());
    }

    private static List<String> lines(List<PreviewNode> nodes, String indent) {
        List<String> lines = new ArrayList<>();
        for (PreviewNode node : nodes) {
            lines.add(indent + node.text());
            lines.addAll(lines(node.children(), indent + "  "));
        }
        return lines;
    }

    private TablePreview shownPreview() {
        return shown.isEmpty() ? null : shown.get(0).previewProperty().get();
    }

    private static String summary(TableImportViewModel model) {
        return model.summaryProperty().get();
    }
}
