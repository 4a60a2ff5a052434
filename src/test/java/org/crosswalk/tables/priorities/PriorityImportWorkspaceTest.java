package org.crosswalk.tables.priorities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.PaperBuilder;
import org.crosswalk.export.sheets.CsvExporter;
import org.crosswalk.export.sheets.XlsxExporter;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.tables.TableFixtures;
import org.crosswalk.tables.reading.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews against a real workspace, one undoable edit, importing twice, and Crosswalk's own exports. */
class PriorityImportWorkspaceTest {
    @TempDir
    Path dir;
    private final WorkspaceFiles files = StoreFixtures.files(new TestClock());

    @Test
    void windows1252CsvIntoAnEmptyWorkspaceAsOneUndoableEditAndTwiceCreatesNothing() throws Exception {
        Path csv = TableFixtures.csv(dir.resolve("priorities.csv"), Charset.forName("windows-1252"), ";", List.of(
                List.of("Sub-items", "Priority", "Theme", "Lead"),
                List.of("Pay £50 vouchers", "Reduce smoking", "Prevent", "DPH"),
                List.of("", "", "", ""),
                List.of("Smokefree homes", "Reduce smoking", "", ""),
                List.of("", "Falls", "Reduce", "")));
        Path file = dir.resolve("Empty.crosswalk");
        try (Workspace workspace = files.create(file, "Board", "")) {
            Map<String, List<Map<String, Object>>> before = StoreFixtures.dump(file);
            PriorityImportPreview preview = preview(csv, workspace);
            assertEquals(List.of(2L, 2L, 2L), List.of(preview.newThemes(), preview.newPriorities(),
                    preview.newSubItems()));
            assertEquals("Import 2 themes, 2 priorities and 2 sub-items",
                    workspace.history().execute(PriorityImport.edit(preview)));
            WorkspaceContent after = workspace.load();
            Priority smoking = after.priorities().stream().filter(p -> p.title().equals("Reduce smoking"))
                    .findFirst().orElseThrow();
            assertEquals("DPH", smoking.lead());
            assertEquals(List.of("Pay £50 vouchers", "Smokefree homes"),
                    after.subItemsOf(smoking.id()).stream().map(SubItem::text).toList());

            PriorityImportPreview again = preview(csv, workspace);
            assertTrue(again.nothingToCreate());
            assertEquals(List.of(2L, 2L, 2L), List.of(again.existingThemes(), again.existingPriorities(),
                    again.existingSubItems()));
            assertThrows(EditRejectedException.class, () -> workspace.history().execute(PriorityImport.edit(again)));

            assertEquals(Optional.of("Import 2 themes, 2 priorities and 2 sub-items"), workspace.history().undo());
            assertEquals(before, StoreFixtures.dump(file), "one undo removes everything");
            workspace.history().redo();
            assertEquals(after, workspace.load());
        }
        try (Workspace reopened = files.open(file, true)) {
            assertEquals(2, reopened.load().priorities().size(), "saved at once");
        }
    }

    @Test
    void existingPrioritiesMatchByWordingAndOnlyTheirNewSubItemsAreAdded() throws Exception {
        Path xlsx = TableFixtures.xlsx(dir.resolve("more.xlsx"), "Priorities", List.of(
                List.of("Theme", "Priority", "Sub-items"),
                List.of("Keeping   yourself healthy / prevent"),
                List.of("", "  IMMUNISATION ", "• Flu vaccination for carers"),
                List.of("", "Reduce smoking prevalence", "")), 1);
        try (Workspace workspace = StoreFixtures.sample(files, dir.resolve("Sample.crosswalk"))) {
            WorkspaceContent before = workspace.load();
            PriorityImportPreview preview = preview(xlsx, workspace);
            assertEquals(List.of(0L, 0L, 1L), List.of(preview.newThemes(), preview.newPriorities(),
                    preview.newSubItems()), preview.toString());
            workspace.history().execute(PriorityImport.edit(preview));
            WorkspaceContent after = workspace.load();
            assertEquals(before.priorities(), after.priorities());
            Priority immunisation = after.priorities().stream().filter(p -> p.title().equals("Immunisation"))
                    .findFirst().orElseThrow();
            assertEquals("Flu vaccination for carers", last(after.subItemsOf(immunisation.id())).text());
        }
    }

    @Test
    void encryptedWorkbookIsRefusedAndTheWorkspaceIsUnchanged() throws Exception {
        Path secret = TableFixtures.encrypted(dir.resolve("secret.xlsx"), TableFixtures.xlsxBytes("Sheet1",
                List.of(List.of("Priority"), List.of("Smoking"))));
        Path file = dir.resolve("Sample.crosswalk");
        StoreFixtures.sample(files, file).close();
        Map<String, List<Map<String, Object>>> before = StoreFixtures.dump(file);
        String message = assertThrows(org.crosswalk.tables.reading.TableReadException.class,
                () -> TableFiles.read(secret)).getMessage();
        assertTrue(message.contains("password"), message);
        assertEquals(before, StoreFixtures.dump(file));
    }

    @Test
    void tenThousandRows() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Theme", "Priority", "Sub-items"));
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of(i % 100 == 0 ? "Theme " + i / 100 : "", "Priority " + i, "Action " + i));
        }
        Path csv = TableFixtures.csv(dir.resolve("big.csv"), Charset.forName("UTF-8"), ",", rows);
        try (Workspace workspace = files.create(dir.resolve("Big.crosswalk"), "Board", "")) {
            workspace.history().execute(PriorityImport.edit(preview(csv, workspace)));
            WorkspaceContent content = workspace.load();
            assertEquals(List.of(100, 10_000, 10_000), List.of(content.themes().size(), content.priorities().size(),
                    content.subItems().size()));
        }
    }

    @Test
    void theSamplesOwnCsvAndXlsxExportsGiveBackItsOutlineNotesAndLeads() throws Exception {
        WorkspaceContent sample;
        try (Workspace workspace = StoreFixtures.sample(files, dir.resolve("Sample.crosswalk"))) {
            Priority smoking = workspace.load().priorities().stream()
                    .filter(p -> p.title().equals("Reduce smoking prevalence")).findFirst().orElseThrow();
            workspace.history().execute(OutlineEdits.setPriorityLead(smoking.id(), "Director of Public Health"));
            workspace.history().execute(OutlineEdits.setPriorityNote(smoking.id(), "-5% by 2025"));
            sample = workspace.load();
        }
        for (Exporter exporter : List.of(new CsvExporter(), new XlsxExporter())) {
            Path paper = dir.resolve("sample" + exporter.extension());
            try (OutputStream out = Files.newOutputStream(paper)) {
                exporter.write(PaperBuilder.build(sample), out);
            }
            try (Workspace empty = files.create(dir.resolve("From " + exporter.format() + ".crosswalk"), "B", "")) {
                empty.history().execute(PriorityImport.edit(preview(paper, empty)));
                WorkspaceContent imported = empty.load();
                assertEquals(outline(sample), outline(imported), exporter.format());
                assertTrue(PriorityImport.fromFile(TableFiles.read(paper), null).problems().isEmpty());
            }
        }
    }

    @Test
    void aWordTableWithMergedThemeRowsAndBulletsInCells() throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        TableFixtures.heading(document, "Heading1", "Our priorities for 2019");
        TableFixtures.table(document, List.of("Local priority", "Key actions", "Lead officer"), List.of(
                List.of("Prevent"),
                List.of("Reduce smoking", "• Stop smoking services\n• Smokefree homes", "Director of Public Health"),
                List.of("Reduce"),
                List.of("Falls", "", "")));
        Path docx = TableFixtures.save(document, dir.resolve("paper.docx"));
        try (Workspace workspace = files.create(dir.resolve("Word.crosswalk"), "Board", "")) {
            PriorityImportPreview preview = preview(docx, workspace);
            assertEquals("Table 1 of paper.docx", preview.source());
            workspace.history().execute(PriorityImport.edit(preview));
            assertEquals(List.of("Prevent", "  Reduce smoking |  | Director of Public Health", "    Stop smoking services",
                    "    Smokefree homes", "Reduce", "  Falls |  | "), outline(workspace.load()));
        }
    }

    private static PriorityImportPreview preview(Path file, Workspace workspace) throws Exception {
        return PriorityImport.preview(PriorityImport.fromFile(TableFiles.read(file), null), workspace.load());
    }

    /** Themes, their priorities and sub-items, in order, by wording. */
    private static List<String> outline(WorkspaceContent content) {
        List<String> lines = new ArrayList<>();
        for (Theme theme : content.themes()) {
            lines.add(theme.title());
            for (Priority priority : content.prioritiesOf(theme.id())) {
                lines.add("  " + priority.title() + " | " + priority.note() + " | " + priority.lead());
                content.subItemsOf(priority.id()).forEach(s -> lines.add("    " + s.text()));
            }
        }
        return lines;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
