package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.edit.EditionPreview.Outcome;
import org.crosswalk.store.edit.EditionPreview.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new edition of a plan replaces the earlier one: links follow their paragraphs, and those whose
 * paragraph changed or disappeared wait for the person to review them.
 */
class EditionEditsTest {
    @TempDir
    Path dir;

    private EditBench bench;
    private final Editions editions = new Editions();

    @BeforeEach
    void earlierEditionWithLinks() throws Exception {
        bench = EditBench.empty(dir);
        bench.history().execute(PlanEdits.addPlan(editions.earlier));
        UUID board = bench.content().board().id();
        UUID theme = UUID.randomUUID();
        bench.history().execute(OutlineEdits.addTheme(board, theme, "Prevent"));
        for (String priority : List.of("Tobacco", "Clean air", "Alcohol", "Communities", "Waiting")) {
            bench.history().execute(OutlineEdits.addPriority(theme, UUID.randomUUID(), priority));
        }
        link("Tobacco", editions.smokers);
        link("Tobacco", editions.hospitals);
        link("Clean air", editions.air);
        UUID alcohol = link("Alcohol", editions.alcohol);
        bench.history().execute(LinkEdits.editLink(alcohol, "“more” hospitals", Relevance.PARTIAL, "Check the numbers"));
        link("Communities", editions.prescribing);
        link("Communities", editions.introduction);
        link("Waiting", editions.waiting);
        link("Waiting", editions.waitingAgain);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void thePreviewSaysWhatHappensToEachLinkAndChangesNothing() throws Exception {
        Map<String, List<Map<String, Object>>> before = StoreFixtures.dump(bench.file);
        long revision = bench.history().revision();

        EditionPreview preview = EditionEdits.preview(bench.content(), editions.earlier.plan().id(), editions.later);

        assertEquals(before, StoreFixtures.dump(bench.file));
        assertEquals(revision, bench.history().revision());
        assertEquals(editions.later.plan().id(), preview.newPlanId());
        assertEquals(8, preview.outcomes().size());
        assertEquals(4, preview.carriedCount());
        assertEquals(2, preview.changedCount());
        assertEquals(2, preview.vanishedCount());
        assertTrue(preview.needsReview());
        assertEquals("4 links carried over, 4 to review (2 changed, 2 not found).", preview.summary());

        expect(preview, "Tobacco", editions.smokers, Outcome.CARRIED, Reason.SAME_TEXT, editions.laterSmokers);
        expect(preview, "Tobacco", editions.hospitals, Outcome.CHANGED, Reason.TEXT_CHANGED, editions.laterHospitals);
        expect(preview, "Clean air", editions.air, Outcome.VANISHED, Reason.NOT_FOUND, null);
        expect(preview, "Alcohol", editions.alcohol, Outcome.CHANGED, Reason.EXCERPT_GONE, editions.laterAlcohol);
        expect(preview, "Communities", editions.prescribing, Outcome.CARRIED, Reason.RENUMBERED,
                editions.laterPrescribing);
        expect(preview, "Communities", editions.introduction, Outcome.CARRIED, Reason.SAME_TEXT,
                editions.laterIntroduction);
        expect(preview, "Waiting", editions.waiting, Outcome.CARRIED, Reason.SAME_TEXT, editions.laterWaiting);
        expect(preview, "Waiting", editions.waitingAgain, Outcome.VANISHED, Reason.ALREADY_LINKED, null);
        assertEquals(editions.hospitals.text(), outcome(preview, "Tobacco", editions.hospitals).reviewNote());
    }

    @Test
    void addingTheEditionMovesAndFlagsTheLinksInOneUndoableEdit() throws Exception {
        UUID earlierId = editions.earlier.plan().id();
        EditionPreview preview = EditionEdits.preview(bench.content(), earlierId, editions.later);

        WorkspaceContent after = bench.roundTrip(EditionEdits.addEdition(earlierId, editions.later),
                "Add edition ‘Regional Health Plan (2026)’", content -> {
                    assertEquals(2, content.plans().size());
                    Plan later = content.plan(editions.later.plan().id()).orElseThrow();
                    assertEquals(earlierId, later.replacesPlanId());
                    assertNull(content.plan(earlierId).orElseThrow().replacesPlanId());
                    assertEquals(editions.earlier.items(), content.planItems(earlierId), "the earlier edition stays");
                    assertEquals(editions.later.items(), content.planItems(later.id()));
                });

        // Carried: on the new item, nothing to review, excerpt, relevance and note untouched.
        Link smokers = linkOf(after, "Tobacco", editions.laterSmokers);
        assertEquals(LinkReview.NONE, smokers.review());
        assertNull(smokers.reviewNote());
        assertEquals(LinkReview.NONE, linkOf(after, "Communities", editions.laterPrescribing).review());
        assertEquals(LinkReview.NONE, linkOf(after, "Communities", editions.laterIntroduction).review());
        // Changed: on the new item, flagged, with the text it was made to.
        Link hospitals = linkOf(after, "Tobacco", editions.laterHospitals);
        assertEquals(LinkReview.CHANGED, hospitals.review());
        assertEquals("Every hospital will offer tobacco treatment services by 2025.", hospitals.reviewNote());
        assertEquals(List.of(smokers.id(), hospitals.id()),
                after.linksOf(priority(after, "Tobacco")).stream().map(Link::id).toList(), "order kept");
        Link alcohol = linkOf(after, "Alcohol", editions.laterAlcohol);
        assertEquals(LinkReview.CHANGED, alcohol.review());
        assertEquals("“more” hospitals", alcohol.excerpt());
        assertEquals(Relevance.PARTIAL, alcohol.relevance());
        assertEquals("Check the numbers", alcohol.note());
        // Vanished: still on the earlier item, flagged.
        Link air = linkOf(after, "Clean air", editions.air);
        assertEquals(LinkReview.VANISHED, air.review());
        Link waitingAgain = linkOf(after, "Waiting", editions.waitingAgain);
        assertEquals(LinkReview.VANISHED, waitingAgain.review());
        assertEquals(LinkReview.NONE, linkOf(after, "Waiting", editions.laterWaiting).review());

        // The edit did what the preview said.
        for (EditionPreview.LinkOutcome outcome : preview.outcomes()) {
            Link link = after.link(outcome.linkId()).orElseThrow();
            assertEquals(outcome.itemAfter(), link.planItemId(), outcome.toString());
        }
        assertEquals(List.of(hospitals.id(), air.id(), alcohol.id(), waitingAgain.id()),
                EditionEdits.needingReview(after).stream().map(Link::id).toList(), "in the order of the table");
        assertEquals(StoreFixtures.query(bench.file, "SELECT count(*) AS n FROM plan_item"),
                StoreFixtures.query(bench.file, "SELECT count(*) AS n FROM plan_item_search"), "search index in step");
    }

    @Test
    void undoTakesTheEditionOutAndPutsEveryLinkBack() throws Exception {
        WorkspaceContent before = bench.content();
        Map<String, List<Map<String, Object>>> rows = StoreFixtures.dump(bench.file);
        bench.history().execute(EditionEdits.addEdition(editions.earlier.plan().id(), editions.later));
        bench.history().undo();
        EditBench.assertSameContent(before, bench.content(), "undo");
        assertEquals(rows, StoreFixtures.dump(bench.file));
        assertEquals(List.of(), EditionEdits.needingReview(bench.content()));
        assertEquals(StoreFixtures.query(bench.file, "SELECT count(*) AS n FROM plan_item"),
                StoreFixtures.query(bench.file, "SELECT count(*) AS n FROM plan_item_search"), "search index in step");
        bench.history().redo();
        assertEquals(4, EditionEdits.needingReview(bench.content()).size());
    }

    @Test
    void confirmingAReviewClearsTheFlagAndKeepsTheLinkWhereItIs() throws Exception {
        bench.history().execute(EditionEdits.addEdition(editions.earlier.plan().id(), editions.later));
        Link hospitals = linkOf(bench.content(), "Tobacco", editions.laterHospitals);
        WorkspaceContent after = bench.roundTrip(EditionEdits.confirmReview(hospitals.id()),
                "Confirm link of 1.2 to ‘Tobacco’", content -> {
                    Link confirmed = content.link(hospitals.id()).orElseThrow();
                    assertEquals(LinkReview.NONE, confirmed.review());
                    assertNull(confirmed.reviewNote());
                    assertEquals(editions.laterHospitals.id(), confirmed.planItemId());
                });
        assertEquals(3, EditionEdits.needingReview(after).size());
    }

    @Test
    void repointingMovesAVanishedLinkToAnotherItemAndClearsTheFlag() throws Exception {
        bench.history().execute(EditionEdits.addEdition(editions.earlier.plan().id(), editions.later));
        Link air = linkOf(bench.content(), "Clean air", editions.air);
        bench.roundTrip(EditionEdits.repoint(air.id(), editions.laterAirPollution.id()),
                "Move link of ‘Clean air’ to 1.7", content -> {
                    Link moved = content.link(air.id()).orElseThrow();
                    assertEquals(editions.laterAirPollution.id(), moved.planItemId());
                    assertEquals(LinkReview.NONE, moved.review());
                });
    }

    @Test
    void repointingDropsAnExcerptTheNewItemDoesNotHold() throws Exception {
        bench.history().execute(EditionEdits.addEdition(editions.earlier.plan().id(), editions.later));
        Link alcohol = linkOf(bench.content(), "Alcohol", editions.laterAlcohol);
        bench.history().execute(EditionEdits.repoint(alcohol.id(), editions.laterAirPollution.id()));
        Link moved = bench.content().link(alcohol.id()).orElseThrow();
        assertNull(moved.excerpt());
        assertEquals("Check the numbers", moved.note());
        bench.history().undo();
        assertEquals("“more” hospitals", bench.content().link(alcohol.id()).orElseThrow().excerpt());
    }

    @Test
    void repointingToAnItemThePriorityAlreadyLinksIsRefused() throws Exception {
        bench.history().execute(EditionEdits.addEdition(editions.earlier.plan().id(), editions.later));
        Link waitingAgain = linkOf(bench.content(), "Waiting", editions.waitingAgain);
        WorkspaceContent before = bench.content();
        EditRejectedException refused = assertThrows(EditRejectedException.class,
                () -> bench.history().execute(EditionEdits.repoint(waitingAgain.id(), editions.laterWaiting.id())));
        assertEquals("3.1 is already linked to ‘Waiting’. Confirm or unlink this link instead.", refused.getMessage());
        assertEquals(before, bench.content());
    }

    @Test
    void aLinkStillWaitingForReviewKeepsTheTextItWasMadeToThroughAThirdEdition() throws Exception {
        bench.history().execute(EditionEdits.addEdition(editions.earlier.plan().id(), editions.later));
        PlanContent third = Editions.copy(editions.later, "2028", item -> item.number() != null
                && item.number().equals("1.2") ? "Every hospital will offer tobacco treatment by 2029." : item.text());
        bench.history().execute(EditionEdits.addEdition(editions.later.plan().id(), third));
        Link hospitals = bench.content().links().stream()
                .filter(l -> l.reviewNote() != null && l.reviewNote().contains("by 2025")).findFirst().orElseThrow();
        assertEquals(LinkReview.CHANGED, hospitals.review());
        assertEquals(third.items().get(1).id(), hospitals.planItemId());
    }

    @Test
    void editionsThatCannotBeAddedAreRefusedWithAReason() throws Exception {
        UUID earlierId = editions.earlier.plan().id();
        assertRefused(EditionEdits.addEdition(UUID.randomUUID(), editions.later),
                "The earlier edition no longer exists in this workspace. Nothing was changed.");
        assertRefused(EditionEdits.addEdition(earlierId, editions.earlier),
                "“Regional Health Plan” (2024) is already in this workspace.");
        bench.history().execute(EditionEdits.addEdition(earlierId, editions.later));
        PlanContent another = Editions.copy(editions.later, "2026 (corrected)", PlanItem::text);
        assertRefused(EditionEdits.addEdition(earlierId, another), "“Regional Health Plan” (2024) has already been "
                + "replaced by “Regional Health Plan” (2026). Add the new edition as the one that replaces that "
                + "edition instead.");
        EditRejectedException inPreview = assertThrows(EditRejectedException.class,
                () -> EditionEdits.preview(bench.content(), earlierId, another));
        assertTrue(inPreview.getMessage().startsWith("“Regional Health Plan” (2024) has already been replaced"));
    }

    private void assertRefused(Edit edit, String message) throws Exception {
        WorkspaceContent before = bench.content();
        EditRejectedException refused = assertThrows(EditRejectedException.class, () -> bench.history().execute(edit));
        assertEquals(message, refused.getMessage());
        assertEquals(before, bench.content());
    }

    private UUID link(String priority, PlanItem item) throws Exception {
        UUID id = UUID.randomUUID();
        bench.history().execute(LinkEdits.link(bench.priority(priority).id(), item.id(), id));
        return id;
    }

    private static UUID priority(WorkspaceContent content, String title) {
        return content.priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
    }

    private static Link linkOf(WorkspaceContent content, String priority, PlanItem item) {
        return content.link(priority(content, priority), item.id()).orElseThrow(
                () -> new AssertionError("no link from " + priority + " to " + item.text()));
    }

    private EditionPreview.LinkOutcome outcome(EditionPreview preview, String priority, PlanItem earlier)
            throws Exception {
        UUID priorityId = bench.priority(priority).id();
        return preview.outcomes().stream()
                .filter(o -> o.priorityId().equals(priorityId) && o.earlierItemId().equals(earlier.id()))
                .findFirst().orElseThrow();
    }

    private void expect(EditionPreview preview, String priority, PlanItem earlier, Outcome outcome, Reason reason,
                        PlanItem later) throws Exception {
        EditionPreview.LinkOutcome actual = outcome(preview, priority, earlier);
        assertEquals(outcome, actual.outcome(), priority + " / " + earlier.text());
        assertEquals(reason, actual.reason(), priority + " / " + earlier.text());
        assertEquals(later == null ? null : later.id(), actual.newItemId(), priority + " / " + earlier.text());
    }

    /** Two editions of a small made-up plan; each item says how it changes. */
    private static final class Editions {
        final PlanContent earlier;
        final PlanItem smokers;
        final PlanItem hospitals;
        final PlanItem air;
        final PlanItem alcohol;
        final PlanItem prescribing;
        final PlanItem introduction;
        final PlanItem waiting;
        final PlanItem waitingAgain;

        final PlanContent later;
        final PlanItem laterSmokers;
        final PlanItem laterHospitals;
        final PlanItem laterAlcohol;
        final PlanItem laterPrescribing;
        final PlanItem laterIntroduction;
        final PlanItem laterWaiting;
        final PlanItem laterAirPollution;

        Editions() {
            Builder a = new Builder("2024");
            Chapter prevention = a.chapter("1", "Prevention");
            Chapter access = a.chapter("3", "Access");
            introduction = a.item(prevention, null, "This chapter sets out how we will prevent ill health.");
            smokers = a.item(prevention, "1.1", "We will help 100,000 smokers to quit each year.");
            hospitals = a.item(prevention, "1.2", "Every hospital will offer tobacco treatment services by 2025.");
            air = a.item(prevention, "1.3", "Air quality will be monitored outside every school.");
            alcohol = a.item(prevention, "1.4", "Alcohol care teams will be expanded to “more” hospitals.");
            prescribing = a.item(prevention, "1.5", "Social prescribing link workers will be in every practice.");
            waiting = a.item(access, "3.1", "Waiting times will fall.");
            waitingAgain = a.item(access, null, "Waiting times will fall.");
            earlier = a.content();

            Builder b = new Builder("2026");
            Chapter prevention2 = b.chapter("1", "Prevention and public health");
            Chapter access2 = b.chapter("3", "Access");
            Chapter annex = b.chapter("9", "Annex");
            laterSmokers = b.item(prevention2, "1.1", "We will  help 100,000 SMOKERS to quit each year.");
            laterHospitals = b.item(prevention2, "1.2", "Every hospital will offer tobacco treatment services by 2027.");
            laterAlcohol = b.item(prevention2, "1.4.", "Alcohol care teams will be expanded to \"more\" hospitals.");
            b.item(prevention2, "1.5", "Housing and health will be planned together.");
            laterPrescribing = b.item(prevention2, "1.6", "Social prescribing link workers will be in every practice.");
            laterAirPollution = b.item(prevention2, "1.7", "Air pollution will be cut near schools.");
            laterWaiting = b.item(access2, "3.1", "Waiting times will fall.");
            laterIntroduction = b.item(annex, null, "This chapter sets out how we will prevent ill health.");
            later = b.content();
        }

        /** {@code from} as another edition: new ids, each item's text from {@code text}. */
        static PlanContent copy(PlanContent from, String edition, java.util.function.Function<PlanItem, String> text) {
            Builder builder = new Builder(edition);
            Map<UUID, Chapter> chapters = new java.util.HashMap<>();
            for (Chapter chapter : from.chapters()) {
                chapters.put(chapter.id(), builder.chapter(chapter.number(), chapter.title()));
            }
            for (PlanItem item : from.items()) {
                builder.item(chapters.get(item.chapterId()), item.number(), text.apply(item));
            }
            return builder.content();
        }
    }

    private static final class Builder {
        private final Plan plan;
        private final List<Chapter> chapters = new ArrayList<>();
        private final List<PlanItem> items = new ArrayList<>();

        Builder(String edition) {
            plan = new Plan(UUID.randomUUID(), "Regional Health Plan", "RHP", edition, null, "Region", "test", null);
        }

        Chapter chapter(String number, String title) {
            Chapter chapter = new Chapter(UUID.randomUUID(), plan.id(), number, title, chapters.size());
            chapters.add(chapter);
            return chapter;
        }

        PlanItem item(Chapter chapter, String number, String text) {
            PlanItem item = new PlanItem(UUID.randomUUID(), plan.id(), chapter.id(), null, number, 10 + items.size(),
                    number == null ? ItemKind.PROSE : ItemKind.PARAGRAPH, text, null, items.size());
            items.add(item);
            return item;
        }

        PlanContent content() {
            return new PlanContent(plan, chapters, List.of(), items);
        }
    }
}
