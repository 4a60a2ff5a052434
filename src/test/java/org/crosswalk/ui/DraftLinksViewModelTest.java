package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.SuggestionDismissals;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.ui.suggestions.DraftLinksViewModel;
import org.crosswalk.ui.suggestions.DraftLinksViewModel.Phase;
import org.crosswalk.ui.suggestions.DraftRow;
import org.crosswalk.ui.suggestions.Suggesters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draft Links for All Priorities on the sample, without a window. */
class DraftLinksViewModelTest {
    @TempDir
    Path folder;
    private UiTestBench bench;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void openSample() {
        bench = new UiTestBench(folder).withSample();
    }

    private WorkspaceContent content() {
        return bench.session.content();
    }

    private Priority unlinkAll(String title) {
        Priority priority = content().priorities().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow();
        for (Link link : content().linksOf(priority.id())) {
            bench.session.execute(LinkEdits.unlink(link.id()));
        }
        return priority;
    }

    private DraftLinksViewModel drafts() {
        DraftLinksViewModel drafts = new DraftLinksViewModel(bench.session, new Suggesters(), work -> {
            work.run();
        });
        drafts.statusProperty().addListener((o, old, now) -> progress.add(now));
        return drafts;
    }

    private static List<DraftRow.Line> lines(DraftLinksViewModel drafts) {
        return drafts.rows().stream().filter(r -> r instanceof DraftRow.Line).map(r -> (DraftRow.Line) r).toList();
    }

    @Test
    void whenEveryPriorityIsDecidedItSaysSoPlainly() {
        DraftLinksViewModel drafts = drafts();
        drafts.start();
        assertEquals(Phase.NOTHING_TO_DRAFT, drafts.phaseProperty().get());
        assertEquals("Every priority already has links or is marked as not mentioned in the plan.",
                drafts.statusProperty().get());
        assertTrue(drafts.rows().isEmpty());
        assertFalse(drafts.acceptChecked().isExecutable());
    }

    @Test
    void draftsFiveUnderThePriorityWithProgress() {
        Priority smoking = unlinkAll(SmokingSample.SMOKING);
        DraftLinksViewModel drafts = drafts();
        drafts.start();

        assertEquals("Drafting for ‘Reduce smoking prevalence’ (1 of 1)…", progress.get(0));
        assertEquals(Phase.READY, drafts.phaseProperty().get());
        assertEquals("5 drafts for 1 priority without links, best first under each.", drafts.statusProperty().get());
        assertEquals(6, drafts.rows().size());
        DraftRow.Heading heading = (DraftRow.Heading) drafts.rows().get(0);
        assertEquals(smoking, heading.priority());
        assertEquals("Keeping Yourself Healthy / Prevent", heading.theme());
        assertEquals(5, heading.lines().size());
        assertEquals(0, drafts.checkedCountProperty().get());
        assertFalse(drafts.acceptChecked().isExecutable(), "nothing checked yet");
    }

    @Test
    void acceptEverythingAboveAScoreIsOneUndoableEdit() {
        Priority smoking = unlinkAll(SmokingSample.SMOKING);
        DraftLinksViewModel drafts = drafts();
        drafts.start();
        List<DraftRow.Line> lines = lines(drafts);
        double third = lines.get(2).paragraph().score();
        Set<UUID> expected = new java.util.HashSet<>();
        lines.stream().filter(l -> l.paragraph().score() >= third).forEach(l -> expected.add(l.paragraph().itemId()));

        drafts.minimumScoreProperty().set(third);
        drafts.checkAtLeast().execute();
        assertEquals(expected.size(), drafts.checkedCountProperty().get());
        drafts.acceptChecked().execute();

        assertEquals(expected, Set.copyOf(content().linksOf(smoking.id()).stream().map(Link::planItemId).toList()));
        assertEquals("Accept " + expected.size() + " suggestions", bench.session.undoDescriptionProperty().get());
        assertEquals(5 - expected.size(), lines(drafts).size(), "accepted drafts leave the list");
        assertEquals(0, drafts.checkedCountProperty().get());
        assertTrue(drafts.messageProperty().get().startsWith("Accepted " + expected.size() + " suggestions"));

        bench.session.undo();
        assertTrue(content().linksOf(smoking.id()).isEmpty(), "one undo takes them all back");
        assertEquals(5, lines(drafts).size(), "and they are drafts again");
        assertEquals(expected.size(), drafts.checkedCountProperty().get(), "still checked, as they were");
    }

    @Test
    void dismissCheckedIsRememberedAndUndoable() throws Exception {
        Priority smoking = unlinkAll(SmokingSample.SMOKING);
        DraftLinksViewModel drafts = drafts();
        drafts.start();
        List<DraftRow.Line> lines = lines(drafts);
        lines.get(3).checkedProperty().set(true);
        lines.get(4).checkedProperty().set(true);
        drafts.dismissChecked().execute();

        assertEquals(Set.of(lines.get(3).paragraph().itemId(), lines.get(4).paragraph().itemId()),
                SuggestionDismissals.of(bench.session.workspaceProperty().get(), smoking.id()));
        assertEquals(3, lines(drafts).size());
        assertTrue(content().linksOf(smoking.id()).isEmpty());
        bench.session.undo();
        assertEquals(5, lines(drafts).size());
    }

    @Test
    void aPriorityHeadingChecksAndUnchecksAllItsDrafts() {
        unlinkAll(SmokingSample.SMOKING);
        DraftLinksViewModel drafts = drafts();
        drafts.start();
        DraftRow.Heading heading = (DraftRow.Heading) drafts.rows().get(0);
        lines(drafts).get(0).checkedProperty().set(true);
        assertTrue(heading.someCheckedProperty().get());
        drafts.toggle(heading);
        assertTrue(heading.allCheckedProperty().get());
        assertEquals(5, drafts.checkedCountProperty().get());
        drafts.toggle(heading);
        assertEquals(0, drafts.checkedCountProperty().get());
        assertFalse(heading.someCheckedProperty().get());
    }

    @Test
    void stoppingEndsTheDraftingAndListsNothing() {
        unlinkAll(SmokingSample.SMOKING);
        unlinkAll("Immunisation");
        DraftLinksViewModel[] holder = new DraftLinksViewModel[1];
        holder[0] = new DraftLinksViewModel(bench.session, new Suggesters(), work -> {
            work.run();
            holder[0].stop(); // as if Cancel were pressed while the first priority was drafted
        });
        holder[0].start();
        assertEquals(Phase.STOPPED, holder[0].phaseProperty().get());
        assertTrue(holder[0].rows().isEmpty());
        assertEquals("Drafting for ‘Reduce smoking prevalence’ (1 of 2)…", holder[0].statusProperty().get());
    }
}
