package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.mapping.LinkReviews;
import org.crosswalk.ui.mapping.MappingCommands;
import org.crosswalk.ui.mapping.MappingRow;
import org.crosswalk.ui.mapping.MappingTableViewModel;
import org.crosswalk.ui.mapping.ReviewWording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Working through the links a new edition flagged, on a real workspace file: the sample with the
 * Long Term Plan's "July 2025" edition added (2.19 reworded, 2.10 gone).
 */
class LinkReviewsTest {
    private static final String HEALTHY_EATING = "Enable people to eat healthily";
    private static final String SMOKING = "Reduce smoking prevalence";

    @TempDir
    Path folder;
    private UiTestBench bench;
    private LinkReviews reviews;
    private MappingTableViewModel table;
    private String earlierText;

    @BeforeEach
    void sampleWithANewEdition() {
        bench = new UiTestBench(folder).withSample();
        MappingCommands commands = new MappingCommands(bench.session, bench.selection, bench.dialogs);
        reviews = commands.reviews();
        table = new MappingTableViewModel(bench.session, bench.selection);
        assertEquals(0, reviews.countProperty().get(), "nothing to review in the sample");
        assertEquals("", reviews.summaryProperty().get());
        assertFalse(reviews.next().isExecutable());
        earlierText = item(earlier(), EditionSample.CHANGED).text();
        bench.session.execute(EditionSample.addEdition(content()));
        assertEquals(List.of(), bench.dialogs.shown);
    }

    @Test
    void theChangedAndTheVanishedLinkWaitWithTheirReasonInTheTable() {
        assertEquals(2, reviews.countProperty().get());
        assertEquals("2 links to review", reviews.summaryProperty().get());
        assertTrue(reviews.next().isExecutable());

        MappingRow.LinkLine changed = row(HEALTHY_EATING, EditionSample.CHANGED);
        assertEquals(LinkReview.CHANGED, changed.link().review());
        assertEquals(later().id(), changed.item().planId(), "moved to the new edition");
        assertEquals("the paragraph changed in the new edition", changed.reviewReason());
        MappingRow.LinkLine vanished = row(SMOKING, EditionSample.REMOVED);
        assertEquals(LinkReview.VANISHED, vanished.link().review());
        assertEquals(earlier().id(), vanished.item().planId(), "left on the earlier edition");
        assertEquals("not in the new edition", vanished.reviewReason());
        MappingRow.LinkLine carried = row(SMOKING, "2.9");
        assertEquals(later().id(), carried.item().planId());
        assertEquals("", carried.reviewReason());
        assertFalse(carried.link().needsReview());
    }

    @Test
    void nextGoesThroughThemInTableOrderAndWrapsAround() {
        assertNull(reviews.shownProperty().get(), "nothing selected, nothing to show");
        reviews.next().execute();
        assertSelected(HEALTHY_EATING, EditionSample.CHANGED);
        assertEquals("Link to review, 1 of 2: 2.19 (NHS LTP p. 37) for ‘" + HEALTHY_EATING + "’",
                bench.session.statusProperty().get());
        reviews.next().execute();
        assertSelected(SMOKING, EditionSample.REMOVED);
        reviews.next().execute();
        assertSelected(HEALTHY_EATING, EditionSample.CHANGED);

        // From a row after the last flagged link (a later priority), it wraps to the first.
        bench.selection.linkProperty().set(null);
        bench.selection.priorityProperty().set(priority("Promote Mental Wellbeing").id());
        reviews.next().execute();
        assertSelected(HEALTHY_EATING, EditionSample.CHANGED);
        // From an unflagged link between them, it goes on to the next flagged one.
        table.rowSelected(row(SMOKING, "2.9"));
        reviews.next().execute();
        assertSelected(SMOKING, EditionSample.REMOVED);
        assertEquals(table.indexOfSelection(), table.rows().indexOf(row(SMOKING, EditionSample.REMOVED)),
                "the table shows it selected");
    }

    @Test
    void aChangedLinkShowsTheEarlierTextBesideTheNewAndKeepClearsItsFlag() {
        reviews.next().execute();
        ReviewWording.Explained shown = reviews.shownProperty().get();
        assertEquals("Needs review: the paragraph changed in the new edition", shown.title());
        assertEquals("Before: January 2019 edition", shown.beforeHeading());
        assertEquals(earlierText, shown.beforeText());
        assertEquals("Now: 2.19, July 2025 edition (NHS LTP p. 37)", shown.afterHeading());
        assertEquals(EditionSample.NEW_TEXT_2_19, shown.afterText());
        assertTrue(shown.details().startsWith("This link moved to paragraph 2.19 of the July 2025 edition, which is "
                + "worded differently"), shown.details());
        assertTrue(reviews.reviewingProperty().get());

        assertTrue(reviews.keep().isExecutable());
        reviews.keep().execute();
        Link kept = link(HEALTHY_EATING, EditionSample.CHANGED);
        assertEquals(LinkReview.NONE, kept.review());
        assertEquals(later().id(), content().item(kept.planItemId()).orElseThrow().planId());
        assertEquals(1, reviews.countProperty().get());
        assertEquals("1 link to review", reviews.summaryProperty().get());
        assertFalse(reviews.reviewingProperty().get(), "the review leaves the link editor");
        assertFalse(reviews.keep().isExecutable());
        assertEquals("Confirm link of 2.19 to ‘" + HEALTHY_EATING + "’", bench.session.undoDescriptionProperty().get());

        bench.session.undo();
        assertEquals(LinkReview.CHANGED, link(HEALTHY_EATING, EditionSample.CHANGED).review());
        assertEquals(2, reviews.countProperty().get());
        assertEquals(earlierText, reviews.shownProperty().get().beforeText(), "shown for review again");
    }

    @Test
    void aVanishedLinkIsRepointedToTheParagraphSelectedInThePlanBrowser() {
        reviews.next().execute();
        reviews.next().execute();
        Link vanished = link(SMOKING, EditionSample.REMOVED);
        ReviewWording.Explained shown = reviews.shownProperty().get();
        assertEquals("Needs review: not in the new edition", shown.title());
        assertEquals("This link: 2.10, January 2019 edition (NHS LTP p. 35)", shown.beforeHeading());
        assertEquals("Selected in the national plan: nothing yet", shown.afterHeading());
        assertTrue(shown.details().startsWith("The July 2025 edition has no paragraph 2.10 and no paragraph with "
                + "these words"), shown.details());

        assertFalse(reviews.repoint().isExecutable(), "no paragraph selected");
        assertTrue(reviews.repointHintProperty().get().startsWith("First select a paragraph in the national plan"));
        bench.selection.planItemProperty().set(vanished.planItemId());
        assertFalse(reviews.repoint().isExecutable(), "the same paragraph");
        assertTrue(reviews.repointHintProperty().get().contains("is the one this link is on already"));
        bench.selection.planItemProperty().set(item(later(), "2.11").id());
        assertFalse(reviews.repoint().isExecutable(), "smoking is linked to 2.11 already");
        assertEquals("‘" + SMOKING + "’ is already linked to the selected paragraph 2.11. Remove this link instead, "
                + "or select another paragraph.", reviews.repointHintProperty().get());

        bench.selection.planItemProperty().set(item(earlier(), "2.18").id());
        assertTrue(reviews.repoint().isExecutable(), "an earlier edition's paragraph may be chosen, with a warning");
        assertEquals("Links to 2.18, January 2019 edition (NHS LTP p. 37). That edition has been replaced: for the "
                + "current wording, select the paragraph in the July 2025 edition.", reviews.repointHintProperty().get());

        PlanItem target = item(later(), "2.18");
        bench.selection.planItemProperty().set(target.id());
        assertTrue(reviews.repoint().isExecutable());
        assertEquals("Links to 2.18, July 2025 edition (NHS LTP p. 37).", reviews.repointHintProperty().get());
        assertEquals("Selected in the national plan: 2.18, July 2025 edition (NHS LTP p. 37)",
                reviews.shownProperty().get().afterHeading());
        assertEquals(target.text(), reviews.shownProperty().get().afterText());

        reviews.repoint().execute();
        Link moved = content().link(vanished.id()).orElseThrow();
        assertEquals(target.id(), moved.planItemId());
        assertEquals(LinkReview.NONE, moved.review());
        assertEquals(1, reviews.countProperty().get());
        assertEquals("Move link of ‘" + SMOKING + "’ to 2.18", bench.session.undoDescriptionProperty().get());

        bench.session.undo();
        Link back = content().link(vanished.id()).orElseThrow();
        assertEquals(vanished.planItemId(), back.planItemId());
        assertEquals(LinkReview.VANISHED, back.review());
        assertEquals(2, reviews.countProperty().get());
    }

    @Test
    void removeUnlinksAndUndoBringsTheFlaggedLinkBack() {
        reviews.next().execute();
        reviews.next().execute();
        Link vanished = link(SMOKING, EditionSample.REMOVED);
        assertTrue(reviews.remove().isExecutable());
        reviews.remove().execute();
        assertTrue(content().link(vanished.id()).isEmpty());
        assertEquals(1, reviews.countProperty().get());
        assertNull(bench.selection.linkProperty().get(), "the removed link is no longer selected");
        assertEquals("Unlink 2.10 from ‘" + SMOKING + "’", bench.session.undoDescriptionProperty().get());

        reviews.next().execute();
        assertSelected(HEALTHY_EATING, EditionSample.CHANGED);
        bench.session.undo();
        assertEquals(vanished, content().link(vanished.id()).orElseThrow());
        assertEquals(2, reviews.countProperty().get());
    }

    @Test
    void whenTheLastIsDoneNothingIsLeftToShowAndUndoingTheEditionClearsTheCount() {
        reviews.next().execute();
        reviews.keep().execute();
        reviews.next().execute();
        reviews.keep().execute();
        assertEquals(0, reviews.countProperty().get());
        assertEquals("", reviews.summaryProperty().get());
        assertFalse(reviews.next().isExecutable());
        bench.session.undo();
        bench.session.undo();
        assertEquals(2, reviews.countProperty().get());
        bench.session.undo();
        assertEquals(0, reviews.countProperty().get(), "the edition itself undone");
        assertEquals(1, content().plans().size());
    }

    @Test
    void aReadOnlyWorkspaceShowsTheReviewButChangesNothing() throws Exception {
        Path file = bench.session.path().orElseThrow();
        bench.session.close();
        bench.session.open(() -> bench.services.files().open(file, true), "Opening", w -> { }, p -> { });
        assertEquals(2, reviews.countProperty().get());
        reviews.next().execute();
        assertTrue(reviews.reviewingProperty().get());
        assertFalse(reviews.keep().isExecutable());
        assertFalse(reviews.remove().isExecutable());
        bench.selection.planItemProperty().set(item(later(), "2.18").id());
        assertFalse(reviews.repoint().isExecutable());
    }

    private void assertSelected(String priority, String number) {
        Link expected = link(priority, number);
        assertEquals(expected.id(), bench.selection.linkProperty().get(), priority + " / " + number);
        assertEquals(expected.priorityId(), bench.selection.priorityProperty().get());
        assertTrue(reviews.reviewingProperty().get());
    }

    private WorkspaceContent content() {
        return bench.session.content();
    }

    private Plan earlier() {
        return content().plans().stream().filter(p -> !p.isLaterEdition()).findFirst().orElseThrow();
    }

    private Plan later() {
        return content().plans().stream().filter(Plan::isLaterEdition).findFirst().orElseThrow();
    }

    private Priority priority(String title) {
        return content().priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private PlanItem item(Plan plan, String number) {
        return content().planItems(plan.id()).stream().filter(i -> number.equals(i.number())).findFirst()
                .orElseThrow();
    }

    private MappingRow.LinkLine row(String priority, String number) {
        UUID priorityId = priority(priority).id();
        return table.rows().stream().filter(r -> r instanceof MappingRow.LinkLine line
                        && line.priorityId().equals(priorityId) && number.equals(line.item().number()))
                .map(r -> (MappingRow.LinkLine) r).findFirst().orElseThrow();
    }

    private Link link(String priority, String number) {
        return row(priority, number).link();
    }
}
