package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.export.Exporters;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.PaperEdits;
import org.crosswalk.store.snapshot.Difference;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.ui.paper.ExportViewModel;
import org.crosswalk.ui.snapshots.SnapshotsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Take Snapshot… and Snapshots… without a window: name, list, rename, delete, compare, export. */
class SnapshotsViewModelTest {
    private static final String FEBRUARY = "As presented to the HIB on 14 February 2019";

    @TempDir
    Path folder;

    private UiTestBench bench;
    private SnapshotsViewModel model;

    @BeforeEach
    void sample() {
        bench = new UiTestBench(folder).withSample();
        model = new SnapshotsViewModel(bench.session, bench.dialogs,
                Clock.fixed(Instant.parse("2019-02-14T09:30:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/London"));
    }

    @AfterEach
    void close() {
        bench.session.close();
    }

    @Test
    void suggestsANameFromThePaperAndTakesRenamesAndDeletesAsUndoableChanges() {
        String board = bench.session.content().board().name();
        assertEquals("As presented to " + board + " on 14 February 2019", model.suggestedName());
        bench.session.execute(PaperEdits.save(withMeetingDate(bench.session.content().paper(), "Thursday 7 March 2019")));
        assertEquals("As presented to " + board + " on Thursday 7 March 2019", model.suggestedName());

        bench.dialogs.textAnswers.add(FEBRUARY);
        model.take();
        assertEquals(List.of(FEBRUARY), names());
        assertEquals("Snapshot ‘" + FEBRUARY + "’ taken.", model.messageProperty().get());
        assertEquals("Take snapshot ‘" + FEBRUARY + "’", bench.session.undoDescriptionProperty().get());
        Snapshot taken = model.snapshots().get(0);
        assertEquals(bench.session.content().links().size(), taken.links());

        bench.dialogs.textAnswers.add("February board");
        model.rename(taken);
        assertEquals(List.of("February board"), names());
        bench.dialogs.confirmAnswers.add(true);
        model.delete(model.snapshots().get(0));
        assertEquals(List.of(), names());
        bench.session.undo();
        assertEquals(List.of("February board"), names());

        bench.dialogs.textAnswers.add("  ");
        model.take();
        assertTrue(bench.dialogs.shown.get(bench.dialogs.shown.size() - 1).startsWith("Not changed: A snapshot needs a name"),
                bench.dialogs.shown.toString());
        assertEquals(List.of("February board"), names());
    }

    @Test
    void comparesWithNowAndExportsThePaperAsItWas() throws Exception {
        Priority smoking = bench.session.content().priorities().stream()
                .filter(p -> p.title().equals("Reduce smoking prevalence")).findFirst().orElseThrow();
        bench.dialogs.textAnswers.add(FEBRUARY);
        model.take();
        bench.session.execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco-free Oxfordshire"));
        Snapshot snapshot = model.snapshots().get(0);

        List<List<Difference>> compared = new ArrayList<>();
        model.compare(snapshot, compared::add);
        assertEquals(List.of("Priority reworded — Tobacco-free Oxfordshire: was “Reduce smoking prevalence”"),
                compared.get(0).stream().map(Difference::line).toList());

        List<WorkspaceContent> read = new ArrayList<>();
        model.read(snapshot, read::add);
        ExportViewModel export = ExportViewModel.ofSnapshot(bench.session, Exporters.standard(), read.get(0),
                snapshot.name());
        assertEquals("Export the board paper as in snapshot ‘" + FEBRUARY + "’", export.title());
        export.form().meetingDate.set("14 February 2019");
        assertFalse(export.settingsChangedProperty().get(), "a snapshot's settings are not saved");
        export.formatProperty().set(Exporters.standard().exporter("docx").orElseThrow());
        Path paper = folder.resolve("February.docx");
        export.export(paper);
        assertEquals(paper, export.writtenProperty().get(), export.messageProperty().get());
        String text = docxText(paper);
        assertTrue(text.contains("Reduce smoking prevalence"), "the snapshot's wording");
        assertFalse(text.contains("Tobacco-free Oxfordshire"), "not today's");
        assertTrue(text.contains("14 February 2019"), "the date given for this export");
        assertEquals("", bench.session.content().paper().meetingDate(), "the workspace's settings are unchanged");
    }

    private static PaperSettings withMeetingDate(PaperSettings s, String date) {
        return new PaperSettings(s.title(), s.board(), date, s.reference(), s.authors(), s.introduction(),
                s.recommendations(), s.priorityHeading(), s.planHeading(), s.citationFormat(), s.quoteMode(),
                s.includeSubItems(), s.includeCoverageSummary(), s.includeUnaddressedAppendix());
    }

    private List<String> names() {
        return model.snapshots().stream().map(Snapshot::name).toList();
    }

    private static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
