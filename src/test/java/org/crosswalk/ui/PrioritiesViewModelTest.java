package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.priorities.OutlineRef;
import org.crosswalk.ui.priorities.PrioritiesViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline commands, on the real sample file, without a window. */
class PrioritiesViewModelTest {
    @TempDir
    Path folder;
    private UiTestBench bench;
    private PrioritiesViewModel model;

    @BeforeEach
    void openSample() {
        bench = new UiTestBench(folder).withSample();
        model = new PrioritiesViewModel(bench.session, bench.selection, bench.dialogs);
    }

    private WorkspaceContent content() {
        return bench.session.content();
    }

    private Priority priority(String title) {
        return content().priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void addsAPriorityToTheSelectedThemeAndSelectsIt() {
        Theme prevent = content().themes().get(0);
        model.selectedProperty().set(OutlineRef.theme(prevent.id()));
        bench.dialogs.textAnswers.add("Reduce loneliness");
        model.addPriority().execute();

        List<Priority> priorities = content().prioritiesOf(prevent.id());
        assertEquals("Reduce loneliness", priorities.get(priorities.size() - 1).title());
        assertEquals("Add priority ‘Reduce loneliness’", bench.session.undoDescriptionProperty().get());
        bench.session.undo();
        assertEquals(6, content().prioritiesOf(prevent.id()).size());
    }

    @Test
    void cancellingTheDialogChangesNothing() {
        model.selectedProperty().set(OutlineRef.theme(content().themes().get(0).id()));
        WorkspaceContent before = content();
        model.addPriority().execute();
        assertEquals(before, content());
        assertEquals("", bench.session.undoDescriptionProperty().get());
    }

    @Test
    void aBlankTitleIsExplainedAndNothingChanges() {
        model.selectedProperty().set(OutlineRef.theme(content().themes().get(0).id()));
        WorkspaceContent before = content();
        bench.dialogs.textAnswers.add("   ");
        model.addPriority().execute();
        assertEquals(before, content());
        assertEquals("Not changed: A priority needs a title.", bench.dialogs.shown.get(0));
    }

    @Test
    void selectingAPriorityOrItsSubItemSelectsThePriorityForLinking() {
        Priority wider = priority("Tackle wider determinants of health");
        model.selectedProperty().set(OutlineRef.subItem(content().subItemsOf(wider.id()).get(1).id()));
        assertEquals(wider.id(), bench.selection.priorityProperty().get());
    }

    @Test
    void moveUpFromTheTopOfAThemeGoesToTheEndOfThePreviousTheme() {
        Priority obesity = priority("Prevent chronic disease though tackling obesity");
        Theme prevent = content().themes().get(0);
        model.selectedProperty().set(OutlineRef.priority(obesity.id()));
        assertTrue(model.moveUp().isExecutable());
        model.moveUp().execute();

        List<Priority> prevention = content().prioritiesOf(prevent.id());
        assertEquals(obesity.id(), prevention.get(prevention.size() - 1).id());
        bench.session.undo();
        assertEquals(content().themes().get(1).id(), priority(obesity.title()).themeId());
    }

    @Test
    void theFirstThemeCannotMoveUp() {
        model.selectedProperty().set(OutlineRef.theme(content().themes().get(0).id()));
        assertFalse(model.moveUp().isExecutable());
        assertTrue(model.moveDown().isExecutable());
    }

    @Test
    void deleteAsksFirstAndSaysWhatGoesWithIt() {
        Priority smoking = priority("Reduce smoking prevalence");
        model.selectedProperty().set(OutlineRef.priority(smoking.id()));
        bench.dialogs.confirmAnswers.add(false);
        model.delete().execute();
        assertTrue(content().priority(smoking.id()).isPresent());
        assertTrue(bench.dialogs.questions.get(0).contains("3 links"), bench.dialogs.questions.get(0));

        bench.dialogs.confirmAnswers.add(true);
        model.delete().execute();
        assertTrue(content().priority(smoking.id()).isEmpty());
        bench.session.undo();
        assertEquals(3, content().linksOf(smoking.id()).size());
    }

    @Test
    void renameOffersTheCurrentWording() {
        Priority immunisation = priority("Immunisation");
        model.selectedProperty().set(OutlineRef.priority(immunisation.id()));
        bench.dialogs.textAnswers.add("Immunisation and vaccination");
        model.rename().execute();
        assertEquals("Immunisation", bench.dialogs.initialTexts.get(0));
        assertEquals("Immunisation and vaccination", content().priority(immunisation.id()).orElseThrow().title());
    }

    @Test
    void draggingAPriorityOntoAnotherThemeAppendsItThere() {
        Priority alcohol = priority("Alcohol advice and treatment");
        Theme places = content().themes().get(2);
        model.drop(OutlineRef.priority(alcohol.id()), OutlineRef.theme(places.id()));
        List<Priority> moved = content().prioritiesOf(places.id());
        assertEquals(alcohol.id(), moved.get(moved.size() - 1).id());
    }
}
