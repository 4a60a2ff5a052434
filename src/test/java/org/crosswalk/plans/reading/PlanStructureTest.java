package org.crosswalk.plans.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosswalk.model.ItemKind;
import org.junit.jupiter.api.Test;

/** The format-free rules of {@link PlanStructure}, on blocks as any reader would give them. */
class PlanStructureTest {

    private static SourceBlock body(String text, int page) {
        return SourceBlock.body(text, page, page + 10);
    }

    private static ParsedPlan build(SourceBlock... blocks) {
        return PlanStructure.build(new SourceDocument("A plan", List.of(blocks), 5, List.of()));
    }

    @Test
    void numberedChapterHeadingsWithoutTheWordChapterKeepTheirNumberApart() {
        ParsedPlan plan = build(SourceBlock.heading(1, "3. Further progress on care", 1, 11),
                SourceBlock.heading(2, "Cancer", 1, 11),
                body("3.1. First paragraph.", 1), body("3.2. Second paragraph.", 1), body("3.3. Third.", 1));
        assertEquals("3", plan.chapters().get(0).number());
        assertEquals("Further progress on care", plan.chapters().get(0).title());
        assertEquals("Cancer", plan.items().get(0).section());
    }

    @Test
    void aNumberThatDoesNotFollowTheSequenceIsText() {
        ParsedPlan plan = build(SourceBlock.heading(1, "Chapter 1: Money", 1, 11),
                body("1.1. We will spend more.", 1), body("1.2. The figure is rising.", 1),
                body("1.3. It will reach", 1), body("3.5 billion pounds by 2024.", 2), body("1.4. Next.", 2));
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), plan.items().stream().map(ParsedItem::number).toList());
        assertEquals("It will reach 3.5 billion pounds by 2024.", plan.items().get(2).text());
        assertEquals(12, plan.items().get(2).continuesToPage());
    }

    @Test
    void anExtractMaySkipParagraphsAndChapters() {
        ParsedPlan plan = build(SourceBlock.heading(1, "Chapter 2: Prevention", 1, 11),
                body("2.1. One.", 1), body("2.2. Two.", 1), body("2.12. Twelve, after a gap.", 1),
                SourceBlock.heading(1, "Chapter 7: Next steps", 2, 12), body("7.1. Seven.", 2));
        assertEquals(List.of("2.1", "2.2", "2.12", "7.1"), plan.items().stream().map(ParsedItem::number).toList());
        assertEquals("7", plan.chapters().get(1).number());
    }

    @Test
    void letteredListsKeepTheirLettersAndTablesKeepTheirCaption() {
        ParsedPlan plan = build(SourceBlock.heading(1, "Chapter 1: Lists", 1, 11),
                body("1.1. Systems will:", 1),
                new SourceBlock(BlockRole.LIST_ITEM, 1, "(a) set goals;", 1, 11, 0),
                new SourceBlock(BlockRole.LIST_ITEM, 1, "(b) publish progress.", 1, 11, 0),
                body("Table 2: Funding by year", 1),
                new SourceBlock(BlockRole.TABLE, 0, "Year | £m\n2019 | 10", 1, 11, 0),
                body("1.2. Then.", 1), body("1.3. After.", 1));
        assertEquals("Systems will:\n(a) set goals;\n(b) publish progress.", plan.items().get(0).text());
        ParsedItem table = plan.items().get(1);
        assertEquals(ItemKind.TABLE, table.kind());
        assertEquals("Table 2: Funding by year\nYear | £m\n2019 | 10", table.text());
    }

    @Test
    void textBeforeTheFirstChapterGoesIntoAnIntroductionAndEndnotesStopAtTheNextChapter() {
        ParsedPlan plan = build(body("Foreword by the Secretary of State.", 1),
                SourceBlock.heading(1, "Chapter 1: Start", 1, 11), body("1.1. One.", 1), body("1.2. Two.", 1),
                SourceBlock.heading(2, "Notes", 2, 12), body("1 A reference.", 2),
                SourceBlock.heading(1, "Chapter 2: Next", 3, 13), body("2.1. Three.", 3));
        assertEquals(List.of("Introduction", "Start", "Next"), plan.chapters().stream().map(ParsedChapter::title).toList());
        assertEquals(ItemKind.PROSE, plan.items().get(0).kind());
        assertTrue(plan.items().stream().noneMatch(i -> i.text().contains("reference")));
        assertEquals("2.1", plan.items().get(plan.items().size() - 1).number());
        assertEquals(2, plan.items().get(plan.items().size() - 1).chapter());
    }

    @Test
    void aDocumentWithoutNumbersOrHeadingsStillGivesItsParagraphs() {
        ParsedPlan plan = build(body("We will do one thing.", 1), body("We will do another.", 1));
        assertFalse(plan.numbered());
        assertEquals(1, plan.chapters().size());
        assertEquals(2, plan.items().size());
        assertNull(plan.items().get(0).number());
        assertEquals(ItemKind.PARAGRAPH, plan.items().get(0).kind());
    }

    @Test
    void anEmptyDocumentSaysSo() {
        ParsedPlan plan = build();
        assertTrue(plan.items().isEmpty());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("No paragraphs")));
    }
}
