package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.TableFixtures;
import org.crosswalk.tables.priorities.ColumnRole;
import org.crosswalk.tables.priorities.ImportProblem;
import org.crosswalk.ui.priorityimport.PriorityImportAction;
import org.crosswalk.ui.priorityimport.PriorityImportViewModel;
import org.crosswalk.ui.priorityimport.TableChoice;
import org.crosswalk.ui.priorityimport.TableSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import Priorities without a display: reading, choosing, previewing and importing into the sample. */
class PriorityImportViewModelTest {
    /** Priority, Theme, Sub-items in that order; one priority and one theme the sample has, a row left out. */
    static final List<List<String>> ROWS = List.of(
            List.of("Priority", "Theme", "Sub-items"),
            List.of("Reduce smoking prevalence", "Keeping Yourself Healthy / Prevent", "Stop smoking in pregnancy"),
            List.of("Loneliness in older people", "Connected communities", "Befriending schemes\nLunch clubs"),
            List.of("Digital inclusion", "Connected communities", ""),
            List.of("", "", "A sub-item on its own"));

    @TempDir
    Path folder;
    private UiTestBench bench;
    private final List<TableSetup> shown = new ArrayList<>();

    @BeforeEach
    void openSample() {
        bench = new UiTestBench(folder).withSample();
    }

    private TableSetup read(UiTestBench on, Path file) {
        shown.clear();
        on.dialogs.fileAnswers.add(file);
        new PriorityImportAction(on.session, on.dialogs, shown::add).chooseAndRead();
        assertEquals(1, shown.size(), "the file was read and shown: " + on.dialogs.shown);
        return shown.get(0);
    }

    private PriorityImportViewModel csv() throws Exception {
        Path file = TableFixtures.csv(folder.resolve("priorities.csv"), StandardCharsets.UTF_8, ",", ROWS);
        return new PriorityImportViewModel(read(bench, file), bench.session);
    }

    @Test
    void theColumnsAreGuessedFromTheirHeadingsAndThePreviewCountsWhatIsNew() throws Exception {
        PriorityImportViewModel model = csv();
        TableSetup setup = model.setup();
        assertEquals(List.of("priorities.csv"), setup.choices().stream().map(TableChoice::label).toList());
        assertEquals(Optional.of(ColumnRole.PRIORITY), setup.role(0));
        assertEquals(Optional.of(ColumnRole.THEME), setup.role(1));
        assertEquals(Optional.of(ColumnRole.SUB_ITEMS), setup.role(2));
        assertEquals(0, setup.mappingProperty().get().headerRow());
        assertEquals("Will create 1 theme, 2 priorities and 3 sub-items; 1 theme and 1 priority already exist.",
                model.summaryProperty().get());
        // Line 6 of the file: the quoted cell of two sub-items above takes two lines.
        assertEquals(List.of("Row 6 has a sub-item but no priority: it was left out."),
                model.problems().stream().map(ImportProblem::message).toList());
        assertTrue(model.canImportProperty().get());
        assertEquals("", model.blockedReasonProperty().get());
        assertEquals("_Import", model.importLabelProperty().get());
        assertEquals("Read priorities.csv", bench.session.statusProperty().get());
    }

    @Test
    void changingWhatAColumnHoldsRefreshesThePreviewAtOnce() throws Exception {
        PriorityImportViewModel model = csv();
        model.setup().setRole(2, null);
        assertEquals("Will create 1 theme and 2 priorities; 1 theme and 1 priority already exist.",
                model.summaryProperty().get());
        assertTrue(model.problems().isEmpty(), "an ignored column leaves nothing out");

        model.setup().setRole(1, ColumnRole.PRIORITY);
        assertEquals(Optional.empty(), model.setup().role(0), "one column per role: Priority moved to column 2");
        model.setup().setRole(0, null);
        model.setup().setRole(1, null);
        assertNull(model.previewProperty().get());
        assertFalse(model.canImportProperty().get());
        assertTrue(model.blockedReasonProperty().get().startsWith("Choose which column holds the priorities"));

        model.setup().setRole(0, ColumnRole.PRIORITY);
        model.setup().setHeaderRow(-1);
        assertEquals("Will create 1 theme and 3 priorities; 1 priority already exists.", model.summaryProperty().get(),
                "without a heading row, “Priority” is a priority too (under the theme “Theme”)");
    }

    @Test
    void aSheetIsChosenAndEachSheetKeepsItsColumnChoices() throws Exception {
        Path file = folder.resolve("board.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook.createSheet("Contents"), List.of(List.of("About this workbook"), List.of("Written 2019")));
            fill(workbook.createSheet("Priorities"), ROWS);
            workbook.write(out);
        }
        PriorityImportViewModel model = new PriorityImportViewModel(read(bench, file), bench.session);
        TableSetup setup = model.setup();
        assertEquals(List.of("Contents", "Priorities"), setup.choices().stream().map(TableChoice::label).toList());
        assertEquals("Priorities", setup.tableProperty().get().label(), "the sheet with a Priority column first");
        setup.setRole(2, null);

        setup.tableProperty().set(setup.choices().get(0));
        assertNull(model.previewProperty().get());
        assertTrue(model.blockedReasonProperty().get().startsWith("Choose which column holds the priorities"));
        assertEquals(1, setup.columnCount());

        setup.tableProperty().set(setup.choices().get(1));
        assertEquals(Optional.empty(), setup.role(2), "the sub-items column is still ignored");
        assertEquals(2, model.previewProperty().get().newPriorities());
    }

    private static void fill(XSSFSheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.createRow(r).createCell(c);
            }
            var row = sheet.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    @Test
    void aWordOutlineTakesItsThemesFromTheChosenHeadingLevel() throws Exception {
        Path file = folder.resolve("strategy.docx");
        try (XWPFDocument document = TableFixtures.wordDocument(); OutputStream out = Files.newOutputStream(file)) {
            TableFixtures.heading(document, "Heading1", "Connected communities");
            TableFixtures.heading(document, "Heading2", "Older people");
            TableFixtures.bullet(document.createParagraph(), 1, "Loneliness in older people");
            TableFixtures.bullet(document.createParagraph(), 2, "Befriending schemes");
            TableFixtures.heading(document, "Heading2", "Younger people");
            TableFixtures.bullet(document.createParagraph(), 1, "Digital inclusion");
            document.write(out);
        }
        PriorityImportViewModel model = new PriorityImportViewModel(read(bench, file), bench.session);
        TableSetup setup = model.setup();
        assertEquals(TableChoice.OUTLINE_LABEL, setup.tableProperty().get().label());
        assertNull(setup.mappingProperty().get(), "no columns to choose for an outline");
        assertEquals(List.of(0, 1, 2), setup.themeLevels());
        assertEquals(2, setup.themeLevelProperty().get(), "the headings just above the bullets");
        assertEquals("Will create 2 themes, 2 priorities and 1 sub-item.", model.summaryProperty().get());

        setup.themeLevelProperty().set(1);
        assertEquals("Connected communities", model.previewProperty().get().themes().get(0).title());
        assertEquals("Will create 1 theme, 2 priorities and 1 sub-item.", model.summaryProperty().get());

        setup.themeLevelProperty().set(0);
        assertEquals("Imported priorities", model.previewProperty().get().themes().get(0).title());
        assertEquals(1, model.problems().size(), model.problems().toString());
        assertTrue(model.canImportProperty().get());
    }

    @Test
    void importIsOneChangeThatUndoTakesBack() throws Exception {
        PriorityImportViewModel model = csv();
        WorkspaceContent before = bench.session.content();
        model.importPriorities();

        assertTrue(model.doneProperty().get(), "the window closes");
        WorkspaceContent after = bench.session.content();
        assertEquals(before.priorities().size() + 2, after.priorities().size());
        assertTrue(after.themes().stream().anyMatch(t -> t.title().equals("Connected communities")));
        Priority smoking = after.priorities().stream().filter(p -> p.title().equals("Reduce smoking prevalence"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Stop smoking in pregnancy"), after.subItemsOf(smoking.id()).stream()
                .map(s -> s.text()).toList());
        assertEquals("Imported 1 theme, 2 priorities and 3 sub-items from priorities.csv (Undo removes them)",
                bench.session.statusProperty().get());
        assertEquals("Import 1 theme, 2 priorities and 3 sub-items", bench.session.undoDescriptionProperty().get());

        PriorityImportViewModel again = new PriorityImportViewModel(model.setup(), bench.session);
        assertEquals("Nothing to import", again.importLabelProperty().get());
        assertFalse(again.canImportProperty().get());
        assertEquals("Everything in this table is already in the workspace.", again.blockedReasonProperty().get());
        assertTrue(again.summaryProperty().get().startsWith("Nothing new: 2 themes, 3 priorities and 3 sub-items"),
                again.summaryProperty().get());

        bench.session.undo();
        assertEquals(before.priorities().size(), bench.session.content().priorities().size());
        assertEquals(before.themes().size(), bench.session.content().themes().size());
        assertEquals(before.subItems().size(), bench.session.content().subItems().size());
        assertTrue(again.canImportProperty().get(), "the preview follows the workspace");
    }

    @Test
    void aReadOnlyWorkspaceShowsThePreviewButCannotTakeIt() throws Exception {
        Path file = TableFixtures.csv(folder.resolve("priorities.csv"), StandardCharsets.UTF_8, ",", ROWS);
        UiTestBench readOnly = new UiTestBench(folder);
        readOnly.dialogs.confirmAnswers.add(true);
        readOnly.files.open(bench.session.path().orElseThrow());
        assertFalse(readOnly.session.editableProperty().get());

        PriorityImportViewModel model = new PriorityImportViewModel(read(readOnly, file), readOnly.session);
        assertEquals(2, model.previewProperty().get().newPriorities());
        assertFalse(model.canImportProperty().get());
        assertTrue(model.blockedReasonProperty().get().startsWith("This workspace is open read-only"));
        model.importPriorities();
        assertFalse(model.doneProperty().get());
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndNothingChanges() throws Exception {
        Path file = Files.write(folder.resolve("priorities.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        WorkspaceContent before = bench.session.content();
        bench.dialogs.fileAnswers.add(file);
        new PriorityImportAction(bench.session, bench.dialogs, shown::add).chooseAndRead();
        assertTrue(shown.isEmpty());
        assertEquals(1, bench.dialogs.shown.size());
        assertTrue(bench.dialogs.shown.get(0).startsWith("Could not read the file: "), bench.dialogs.shown.get(0));
        assertTrue(bench.dialogs.shown.get(0).endsWith("Nothing was imported."), bench.dialogs.shown.get(0));
        assertEquals(before, bench.session.content());
        assertEquals("Nothing was imported from priorities.xlsx", bench.session.statusProperty().get());
    }
}
