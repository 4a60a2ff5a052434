package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.crosswalk.model.Plan;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.ui.planimport.ImportViewModel;
import org.crosswalk.ui.planimport.ImportViewModel.Phase;
import org.crosswalk.ui.planimport.PlanFileReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, failing, cancelling and importing, on the real sample workspace, without a display. */
class ImportViewModelTest {
    private static final Executor AT_ONCE = Runnable::run;

    @TempDir
    Path folder;
    private UiTestBench bench;
    private final Path file = Path.of("community-health-plan.pdf");

    @BeforeEach
    void openSample() {
        bench = new UiTestBench(folder).withSample();
    }

    private ImportViewModel reading(PlanFileReader reader) {
        ImportViewModel model = new ImportViewModel(file, reader, bench.session, bench.dialogs, AT_ONCE, AT_ONCE);
        model.start();
        return model;
    }

    private ImportViewModel readSample() {
        return reading((path, progress) -> ImportSample.plan());
    }

    private Plan imported(WorkspaceContent content) {
        return content.plans().stream().filter(p -> p.label().equals("CHP")).findFirst().orElse(null);
    }

    @Test
    void theReaderReportsItsProgressThenTheReviewOpensWithTheTitleFilledIn() {
        List<String> seen = new ArrayList<>();
        ImportViewModel[] holder = new ImportViewModel[1];
        holder[0] = new ImportViewModel(file, (path, progress) -> {
            progress.update(12, 136, "Reading page 12 of 136");
            seen.add(holder[0].statusProperty().get() + " " + holder[0].progressProperty().get());
            return ImportSample.plan();
        }, bench.session, bench.dialogs, AT_ONCE, AT_ONCE);
        assertEquals("Opening community-health-plan.pdf…", holder[0].statusProperty().get());
        holder[0].start();
        assertEquals(List.of("Reading page 12 of 136 " + 12.0 / 136), seen);
        assertEquals(Phase.REVIEW, holder[0].phaseProperty().get());
        assertEquals("The Community Health Plan", holder[0].details().title.get());
        assertNotNull(holder[0].reviewProperty().get());
        assertTrue(holder[0].isPdf());
        assertTrue(holder[0].canImportProperty().get());
    }

    @Test
    void aFileThatCannotBeReadIsExplainedInPlainWordsAndNothingChanges() {
        WorkspaceContent before = bench.session.content();
        ImportViewModel model = reading((path, progress) -> {
            throw new PlanReadException("This PDF is protected by a password, so Crosswalk cannot read it.");
        });
        assertEquals(Phase.FAILED, model.phaseProperty().get());
        assertEquals("This PDF is protected by a password, so Crosswalk cannot read it. Nothing was added to the "
                + "workspace.", model.problemProperty().get());
        assertFalse(model.canImportProperty().get());
        assertEquals(before, bench.session.content());
    }

    @Test
    void anInternalErrorIsExplainedWithoutDetails() {
        ImportViewModel model = reading((path, progress) -> {
            throw new IllegalStateException("index 7 out of bounds");
        });
        assertEquals(Phase.FAILED, model.phaseProperty().get());
        assertTrue(model.problemProperty().get().startsWith("Crosswalk could not read this file because of an "
                + "internal error."));
        assertFalse(model.problemProperty().get().contains("index 7"));
    }

    @Test
    void aFileWithNoParagraphsIsExplained() {
        ImportViewModel model = reading((path, progress) -> ImportSample.plan().withItems(List.of()));
        assertEquals(Phase.FAILED, model.phaseProperty().get());
        assertTrue(model.problemProperty().get().contains("found no paragraphs"));
    }

    @Test
    void cancelStopsTheReaderQuietly() {
        ImportViewModel[] holder = new ImportViewModel[1];
        holder[0] = new ImportViewModel(file, (path, progress) -> {
            holder[0].cancel(); // the person presses Cancel while page 3 is read
            progress.checkCancelled();
            return ImportSample.plan();
        }, bench.session, bench.dialogs, AT_ONCE, AT_ONCE);
        holder[0].start();
        assertEquals(Phase.DONE, holder[0].phaseProperty().get());
        assertEquals("", holder[0].problemProperty().get());
        assertEquals(1, bench.session.content().plans().size());
    }

    @Test
    void theTitleShortLabelAndEditionAreRequired() {
        ImportViewModel model = readSample();
        model.details().edition.set("March 2025");
        model.importPlan();
        assertTrue(model.messageProperty().get().startsWith("Give the plan a short label for citations, such as "
                + "“NHS LTP”"), model.messageProperty().get());
        model.details().label.set("A label far too long for a citation");
        model.importPlan();
        assertTrue(model.messageProperty().get().startsWith("Keep the short label to 20 characters"));
        model.details().label.set("CHP");
        model.details().edition.set(" ");
        model.importPlan();
        assertTrue(model.messageProperty().get().startsWith("Say which edition this is"));
        model.details().title.set("");
        model.importPlan();
        assertTrue(model.messageProperty().get().startsWith("Give the plan a title"));
        assertEquals(Phase.REVIEW, model.phaseProperty().get());
        assertEquals(1, bench.session.content().plans().size());
    }

    @Test
    void aLabelAlreadyInTheWorkspaceMakesANewEditionOnceConfirmed() {
        Plan ltp = bench.session.content().plans().get(0);
        ImportViewModel model = readSample();
        model.details().label.set("nhs ltp");
        assertEquals("New edition of “The NHS Long Term Plan” (January 2019)", model.labelNoteProperty().get());
        model.details().edition.set("March 2025");

        bench.dialogs.confirmAnswers.add(false);
        model.importPlan();
        assertTrue(bench.dialogs.questions.get(0).startsWith("“NHS LTP” is already the label of “The NHS Long Term "
                + "Plan” (January 2019), so this plan comes in as its new edition."), bench.dialogs.questions.get(0));
        assertTrue(bench.dialogs.questions.get(0).contains("to review"), "the sample's links are to other words");
        assertTrue(model.messageProperty().get().startsWith("Not imported."));
        assertEquals(1, bench.session.content().plans().size());

        bench.dialogs.confirmAnswers.add(true);
        model.importPlan();
        assertEquals(Phase.DONE, model.phaseProperty().get());
        Plan edition = bench.session.content().plans().stream().filter(p -> ltp.id().equals(p.replacesPlanId()))
                .findFirst().orElseThrow();
        assertEquals("The Community Health Plan", edition.title());
        assertEquals("Add edition ‘The Community Health Plan (March 2025)’",
                bench.session.undoDescriptionProperty().get());
        bench.session.undo();
        assertEquals(1, bench.session.content().plans().size());
    }

    @Test
    void importSavesTheReviewedPlanAsOneUndoableEdit() {
        ImportViewModel model = readSample();
        model.reviewProperty().get().select(1);
        model.reviewProperty().get().mergeWithNext();
        model.details().label.set(" CHP ");
        assertEquals("", model.labelNoteProperty().get(), "a label new to the workspace: a new plan");
        model.details().edition.set("March 2025");
        model.importPlan();

        assertEquals(Phase.DONE, model.phaseProperty().get());
        WorkspaceContent content = bench.session.content();
        Plan plan = imported(content);
        assertNotNull(plan);
        assertEquals("The Community Health Plan", plan.title());
        assertEquals("March 2025", plan.edition());
        assertEquals("Imported from community-health-plan.pdf", plan.source());
        assertEquals(7, content.items().stream().filter(i -> i.planId().equals(plan.id())).count());
        assertEquals(1, content.items().stream().filter(i -> i.planId().equals(plan.id())
                && i.kind() == org.crosswalk.model.ItemKind.CASE_STUDY).count(), "the case study is kept as one");
        assertEquals("Add plan ‘The Community Health Plan (March 2025)’",
                bench.session.undoDescriptionProperty().get());

        bench.session.undo();
        assertEquals(null, imported(bench.session.content()));
        assertEquals(1, bench.session.content().plans().size());
    }

    @Test
    void aReadOnlyWorkspaceCannotTakeThePlan() {
        Path sample = bench.session.path().orElseThrow();
        UiTestBench readOnly = new UiTestBench(folder);
        readOnly.dialogs.confirmAnswers.add(true);
        readOnly.files.open(sample);
        assertFalse(readOnly.session.editableProperty().get());

        ImportViewModel model = new ImportViewModel(file, (path, progress) -> ImportSample.plan(), readOnly.session,
                readOnly.dialogs, AT_ONCE, AT_ONCE);
        model.start();
        assertEquals(Phase.REVIEW, model.phaseProperty().get());
        assertFalse(model.canImportProperty().get());
        assertTrue(model.messageProperty().get().startsWith("This workspace is open read-only: you can review"));
        model.details().label.set("CHP");
        model.details().edition.set("March 2025");
        model.importPlan();
        assertTrue(model.messageProperty().get().contains("read-only"));
        readOnly.session.close();
    }

    @Test
    void correctionsAreReportedSoClosingCanAskFirst() {
        ImportViewModel model = readSample();
        assertFalse(model.hasUnsavedCorrections());
        model.reviewProperty().get().dropItem();
        assertTrue(model.hasUnsavedCorrections());
        model.reviewProperty().get().undo();
        assertFalse(model.hasUnsavedCorrections());
        ParsedPlan unchanged = model.reviewProperty().get().plan();
        assertEquals(ImportSample.plan(), unchanged);
    }
}
