package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.ParsedPlans;
import org.crosswalk.plans.reading.PlanDetails;
import org.crosswalk.ui.planimport.Outline;
import org.crosswalk.ui.planimport.ReviewViewModel;
import org.crosswalk.ui.planimport.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every correction of the review step, its undo and redo, on a plan built by hand (no display). */
class ReviewViewModelTest {
    private final ParsedPlan original = ImportSample.plan();
    private ReviewViewModel review;

    @BeforeEach
    void open() {
        review = new ReviewViewModel(original);
    }

    private ParsedItem item(int index) {
        return review.plan().items().get(index);
    }

    private List<String> numbers() {
        return review.plan().items().stream().map(i -> String.valueOf(i.number())).toList();
    }

    /** Undo gives back the plan as read; redo gives back {@code corrected}. */
    private void undoAndRedo(ParsedPlan corrected, String description) {
        assertEquals(description, review.undoDescriptionProperty().get());
        assertTrue(review.isCorrected());
        review.undo();
        assertEquals(original, review.plan());
        assertFalse(review.isCorrected());
        assertEquals(description, review.redoDescriptionProperty().get());
        review.redo();
        assertEquals(corrected, review.plan());
        assertEquals("", review.redoDescriptionProperty().get());
    }

    @Test
    void opensOnTheWholePlanWithTheFirstItemSelectedAndTheNotes() {
        assertEquals(8, review.rows().size());
        assertEquals(0, review.selectedProperty().get());
        assertEquals("1.1", review.selectedItemProperty().get().number());
        assertEquals(2, review.notes().size());
        assertEquals("", review.undoDescriptionProperty().get());
    }

    @Test
    void theOutlineCountsItemsPerChapterAndSection() {
        List<Outline.ChapterEntry> outline = Outline.of(review.plan());
        assertEquals(2, outline.size());
        assertEquals("Chapter 1: A new service model", outline.get(0).heading());
        assertEquals(5, outline.get(0).items());
        assertEquals(List.of(new Outline.SectionEntry(0, null, 1), new Outline.SectionEntry(0, "Primary care", 4)),
                outline.get(0).sections());
        assertEquals(List.of(new Outline.SectionEntry(1, "Smoking", 2), new Outline.SectionEntry(1, "Obesity", 1)),
                outline.get(1).sections());
    }

    @Test
    void aScopeShowsItsItemsAndMovesTheSelectionIntoIt() {
        review.scopeProperty().set(Scope.section(1, "Smoking"));
        assertEquals(List.of(5, 6), review.rows().stream().map(ReviewViewModel.Row::index).toList());
        assertEquals(5, review.selectedProperty().get());
        review.scopeProperty().set(Scope.section(0, null));
        assertEquals(List.of(0), review.rows().stream().map(ReviewViewModel.Row::index).toList());
        review.scopeProperty().set(Scope.chapter(0));
        assertEquals(5, review.rows().size());
        assertEquals(0, review.selectedProperty().get(), "1.1 is in chapter 1, so it stays selected");
    }

    @Test
    void mergeJoinsAParagraphCutAtAPageBreak() {
        review.select(1);
        assertTrue(review.canMergeProperty().get());
        review.mergeWithNext();
        ParsedItem merged = item(1);
        assertEquals("1.2", merged.number());
        assertEquals("We will boost out-of-hospital care, and finally dissolve the historic divide between "
                + "primary and community health services.", merged.text());
        assertEquals(10, merged.printedPage());
        assertEquals(11, merged.continuesToPage(), "it runs on to page 11");
        assertEquals(12, merged.pdfPage());
        assertEquals(7, review.plan().items().size());
        assertEquals(1, review.selectedProperty().get());
        undoAndRedo(review.plan(), "Merge 1.2 with the next item");
    }

    @Test
    void mergeAcrossChaptersIsRefusedWithAReason() {
        review.select(4);
        assertFalse(review.canMergeProperty().get());
        review.mergeWithNext();
        assertTrue(review.messageProperty().get().contains("another chapter"));
        assertEquals(original, review.plan());
        assertEquals("", review.undoDescriptionProperty().get());
    }

    @Test
    void splitAtTheCaretMakesANewItemThatTakesTheNumberItStartsWith() {
        review.select(3);
        int caret = item(3).text().indexOf(ImportSample.SPLIT_HERE);
        review.splitAt(caret);
        assertEquals("Every practice will join a network.", item(3).text());
        assertEquals("1.3", item(3).number());
        assertEquals("1.4", item(4).number());
        assertEquals("Community health services will be expanded.", item(4).text());
        assertEquals(11, item(4).printedPage());
        assertEquals("Primary care", item(4).section());
        assertEquals(4, review.selectedProperty().get(), "the new item is selected");
        undoAndRedo(review.plan(), "Split 1.3");
        assertEquals(4, review.selectedProperty().get());
        review.undo();
        assertEquals(3, review.selectedProperty().get(), "undo selects 1.3 again");
    }

    @Test
    void splitAtEitherEndIsRefused() {
        review.select(3);
        review.splitAt(0);
        review.splitAt(item(3).text().length());
        assertEquals(original, review.plan());
        assertTrue(review.messageProperty().get().startsWith("Put the cursor"));
    }

    @Test
    void editTextAndBlankTextIsRefused() {
        review.select(0);
        review.setText("The plan sets out how services will change over the next ten years.  ");
        assertEquals("The plan sets out how services will change over the next ten years.", item(0).text());
        undoAndRedo(review.plan(), "Edit the text of 1.1");
        review.setText("   ");
        assertTrue(review.messageProperty().get().contains("Drop item"));
        assertEquals("Edit the text of 1.1", review.undoDescriptionProperty().get(), "nothing recorded");
    }

    @Test
    void fixTheNumberWithoutItsFullStopOrRemoveIt() {
        review.select(2);
        review.setNumber("1.2a.");
        assertEquals("1.2a", item(2).number());
        undoAndRedo(review.plan(), "Number ‘dissolve the historic divide…’");
        review.select(0);
        review.setNumber(" ");
        assertNull(item(0).number());
        review.setNumber("1 1");
        assertTrue(review.messageProperty().get().contains("no spaces"));
    }

    @Test
    void fixThePrintedPage() {
        review.select(7);
        review.setPrintedPage("36");
        assertEquals(36, item(7).printedPage());
        undoAndRedo(review.plan(), "Page of 2.3");
        review.setPrintedPage("thirty");
        assertTrue(review.messageProperty().get().contains("a number such as 37"));
        review.setPrintedPage("");
        assertNull(item(7).printedPage());
    }

    @Test
    void aPageAfterWhereItRanOnToForgetsTheRunOn() {
        review.select(1);
        review.mergeWithNext();
        review.setPrintedPage("11");
        assertEquals(11, item(1).printedPage());
        assertNull(item(1).continuesToPage());
    }

    @Test
    void changeTheKind() {
        review.select(4);
        review.setKind(ItemKind.PROSE);
        assertEquals(ItemKind.PROSE, item(4).kind());
        undoAndRedo(review.plan(), "Kind of ‘Case study: a practice network…’");
    }

    @Test
    void dropAnItemSelectsTheOneThatFollowed() {
        review.select(4);
        review.dropItem();
        assertEquals(7, review.plan().items().size());
        assertEquals("2.1", review.selectedItemProperty().get().number());
        undoAndRedo(review.plan(), "Drop ‘Case study: a practice network…’");
    }

    @Test
    void dropTheLastItemInViewSelectsTheOneBefore() {
        review.scopeProperty().set(Scope.chapter(1));
        review.select(7);
        review.dropItem();
        assertEquals("2.2", review.selectedItemProperty().get().number());
    }

    @Test
    void renameASectionForAllItsItemsAndKeepItInView() {
        review.scopeProperty().set(Scope.section(0, "Primary care"));
        review.renameSection(0, "Primary care", "Primary and community care");
        assertEquals(4, review.plan().items().stream()
                .filter(i -> "Primary and community care".equals(i.section())).count());
        assertEquals(Scope.section(0, "Primary and community care"), review.scopeProperty().get());
        assertEquals(4, review.rows().size());
        undoAndRedo(review.plan(), "Rename section ‘Primary care’");
    }

    @Test
    void giveTheItemsUnderNoHeadingASectionOrRemoveAHeading() {
        review.renameSection(0, null, "Introduction");
        assertEquals("Introduction", item(0).section());
        undoAndRedo(review.plan(), "Rename section ‘(no heading)’");
        review.renameSection(1, "Obesity", " ");
        assertNull(item(7).section());
        assertEquals(1, item(7).chapter());
    }

    @Test
    void fixAChapterTitleAndNumber() {
        review.setChapterTitle(1, "More NHS action on prevention and health inequalities");
        assertEquals("More NHS action on prevention and health inequalities", review.plan().chapters().get(1).title());
        undoAndRedo(review.plan(), "Title of ‘Chapter 2: Prevention and health…’");
        review.setChapterNumber(1, "Two.");
        assertEquals("Two", review.plan().chapters().get(1).number());
        review.setChapterTitle(1, "");
        assertTrue(review.messageProperty().get().contains("needs a title"));
    }

    @Test
    void dropAChapterWithItsItems() {
        review.scopeProperty().set(Scope.chapter(0));
        review.select(2);
        review.dropChapter(0);
        assertEquals(1, review.plan().chapters().size());
        assertEquals(List.of("2.1", "2.2", "2.3"), numbers());
        assertTrue(review.plan().items().stream().allMatch(i -> i.chapter() == 0), "chapter indexes follow");
        assertEquals(Scope.ALL, review.scopeProperty().get());
        assertEquals("2.3", review.selectedItemProperty().get().number());
        undoAndRedo(review.plan(), "Drop ‘Chapter 1: A new service model’");
    }

    @Test
    void moveAnItemNextToItsNewSectionStaysInPlace() {
        review.select(6);
        review.moveTo(1, "Obesity");
        assertEquals(List.of("1.1", "1.2", "null", "1.3", "null", "2.1", "2.2", "2.3"), numbers());
        assertEquals("Obesity", item(6).section());
        undoAndRedo(review.plan(), "Move 2.2 to ‘Obesity’");
    }

    @Test
    void moveAnItemToAnotherChapterPutsItLastInItsSection() {
        review.select(0);
        review.moveTo(1, "Smoking");
        assertEquals(List.of("1.2", "null", "1.3", "null", "2.1", "2.2", "1.1", "2.3"), numbers());
        assertEquals(1, item(6).chapter());
        assertEquals("Smoking", item(6).section());
        assertEquals("1.2", review.selectedItemProperty().get().number(), "the item that followed is selected");
        undoAndRedo(review.plan(), "Move 1.1 to ‘Smoking’");
    }

    @Test
    void moveAnItemUnderTheChapterHeadingOrANewSection() {
        review.select(4);
        review.moveTo(0, null);
        assertNull(item(4).section());
        assertEquals(4, review.plan().items().indexOf(item(4)));
        assertEquals("Move ‘Case study: a practice network…’ to ‘Chapter 1: A new service model’",
                review.undoDescriptionProperty().get());
        review.select(7);
        review.moveTo(0, "Case studies");
        assertEquals("2.3", item(5).number(), "last in chapter 1");
        assertEquals("Case studies", item(5).section());
    }

    @Test
    void correctionsUndoOneAtATimeInReverseOrder() {
        review.select(1);
        review.mergeWithNext();
        review.setPrintedPage("9");
        review.setKind(ItemKind.COMMITMENT);
        assertEquals("Kind of 1.2", review.undoDescriptionProperty().get());
        review.undo();
        assertEquals("Page of 1.2", review.undoDescriptionProperty().get());
        review.undo();
        review.undo();
        assertEquals(original, review.plan());
        review.undo();
        assertEquals(original, review.plan(), "nothing more to undo");
        review.redo();
        review.redo();
        assertEquals(9, item(1).printedPage());
        review.setNumber("1.2");
        assertEquals("Page of 1.2", review.undoDescriptionProperty().get(), "no change, no step");
        review.setNumber("1.20");
        assertEquals("", review.redoDescriptionProperty().get(), "a new correction clears redo");
    }

    @Test
    void undoBringsTheItemItSelectsIntoView() {
        review.select(0);
        review.setText("Changed.");
        review.scopeProperty().set(Scope.chapter(1));
        review.undo();
        assertEquals(0, review.selectedProperty().get());
        assertEquals(Scope.chapter(0), review.scopeProperty().get());
    }

    @Test
    void theReviewedPlanBecomesThePlanContentSaved() {
        review.select(1);
        review.mergeWithNext();
        review.select(2);
        review.splitAt(item(2).text().indexOf(ImportSample.SPLIT_HERE));
        review.select(4);
        review.dropItem();
        review.renameSection(0, null, "Introduction");
        review.select(6);
        review.setPrintedPage("36");

        PlanContent content = ParsedPlans.toContent(review.plan(), PlanDetails.of("The Community Health Plan", "CHP"));
        assertEquals("CHP", content.plan().label());
        assertEquals(List.of("A new service model", "Prevention and health inequalities"),
                content.chapters().stream().map(c -> c.title()).toList());
        assertEquals(List.of("Introduction", "Primary care", "Smoking", "Obesity"),
                content.sections().stream().map(Section::title).toList());
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3"),
                content.items().stream().map(PlanItem::number).toList());
        PlanItem last = content.items().get(6);
        assertEquals(36, last.page());
        assertEquals(content.chapters().get(1).id(), last.chapterId());
        assertEquals(content.sections().get(3).id(), last.sectionId());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), content.items().stream().map(PlanItem::position).toList());
    }
}
