package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.ui.history.HistoryRow;
import org.crosswalk.ui.history.HistoryViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history panel without a window: newest first, following edits, by priority, by words. */
class HistoryViewModelTest {
    @TempDir
    Path folder;

    private UiTestBench bench;
    private HistoryViewModel model;

    @BeforeEach
    void sampleWithThePanelShown() {
        bench = new UiTestBench(folder).withSample();
        model = new HistoryViewModel(bench.session, bench.selection, Clock.systemUTC(), ZoneId.of("Europe/London"));
        model.activeProperty().set(true);
    }

    @AfterEach
    void close() {
        bench.session.close();
    }

    @Test
    void followsEditsUndoAndRedoNewestFirst() {
        int before = model.rows().size();
        Priority smoking = priority("Reduce smoking prevalence");
        bench.session.execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco-free"));
        bench.session.undo();
        bench.session.redo();
        assertEquals(List.of("Redo: Rename priority ‘Reduce smoking prevalence’ to ‘Tobacco-free’",
                        "Undo: Rename priority ‘Reduce smoking prevalence’ to ‘Tobacco-free’",
                        "Rename priority ‘Reduce smoking prevalence’ to ‘Tobacco-free’"),
                whats().subList(0, 3));
        assertEquals(before + 3, model.rows().size());
        HistoryRow redo = model.rows().get(0);
        assertTrue(redo.undoOrRedo() && redo.when().startsWith("Today ") && redo.who().equals("Tester"), redo.toString());
        assertEquals((before + 3) + " changes.", model.noteProperty().get());
    }

    @Test
    void narrowsToTheSelectedPriorityAndToWords() {
        Priority smoking = priority("Reduce smoking prevalence");
        Priority alcohol = priority("Alcohol advice and treatment");
        bench.session.execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco-free"));
        bench.session.execute(LinkEdits.unlink(bench.session.content().linksOf(alcohol.id()).get(0).id()));

        model.thisPriorityProperty().set(true);
        assertEquals(List.of(), model.rows());
        assertEquals("Select a priority to see the changes made to it.", model.noteProperty().get());
        bench.selection.priorityProperty().set(alcohol.id());
        assertTrue(whats().get(0).startsWith("Unlink "), whats().toString());
        assertTrue(whats().stream().noneMatch(what -> what.contains("Tobacco-free")), whats().toString());
        bench.selection.priorityProperty().set(smoking.id());
        assertEquals("Rename priority ‘Reduce smoking prevalence’ to ‘Tobacco-free’", whats().get(0));
        assertTrue(whats().stream().noneMatch(what -> what.startsWith("Unlink ")), whats().toString());
        assertEquals(model.rows().size() + " changes to ‘Tobacco-free’.", model.noteProperty().get());

        bench.session.execute(OutlineEdits.addSubItem(smoking.id(), UUID.randomUUID(), "Smoking in pregnancy"));
        assertTrue(whats().get(0).contains("Smoking in pregnancy"), "a new sub-item of the priority appears at once");

        model.thisPriorityProperty().set(false);
        model.filterProperty().set("  UNLINK ");
        assertEquals(1, model.rows().size(), whats().toString());
        assertTrue(whats().get(0).startsWith("Unlink "));
    }

    private List<String> whats() {
        return model.rows().stream().map(HistoryRow::what).toList();
    }

    private Priority priority(String title) {
        return bench.session.content().priorities().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow();
    }
}
