package org.crosswalk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The domain records: their defaults, checks and the questions WorkspaceContent answers. */
class ModelRecordsTest {
    private final UUID plan = UUID.randomUUID();
    private final UUID chapter = UUID.randomUUID();

    @Test
    void recordsRefuseEmptyTextsWithAReadableMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Theme(UUID.randomUUID(), UUID.randomUUID(), "  ", 0));
        assertEquals("The theme title must not be empty.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Priority(UUID.randomUUID(), UUID.randomUUID(), null,
                "", null, 0));
        assertThrows(NullPointerException.class, () -> new Link(null, UUID.randomUUID(), UUID.randomUUID(), null,
                null, null, 0));
    }

    @Test
    void defaultsForOptionalValues() {
        Priority priority = new Priority(UUID.randomUUID(), UUID.randomUUID(), "Immunisation", null, " ", 0);
        assertEquals("", priority.note());
        assertNull(priority.noMention());
        assertFalse(priority.isNoMention());
        Link link = new Link(UUID.randomUUID(), priority.id(), UUID.randomUUID(), "  ", null, null, 0);
        assertEquals(Relevance.DIRECT, link.relevance());
        assertNull(link.excerpt());
        assertFalse(link.hasExcerpt());
        assertEquals("", link.note());
        assertEquals("", new Board(UUID.randomUUID(), "Board", null).title());
        assertEquals(Relevance.PARTIAL, Relevance.fromCode(" partial "));
        assertEquals(ItemKind.PROSE, ItemKind.fromCode("prose"));
        assertEquals("commitment", ItemKind.COMMITMENT.code());
    }

    @Test
    void fingerprintIgnoresCaseSpacingQuotesAndDashes() {
        String a = Fingerprint.of("Redesigned care and greater use of ‘virtual’ appointments – as set out");
        String b = Fingerprint.of("redesigned  care and greater use of 'virtual'\nappointments - as set out ");
        assertEquals(a, b);
        assertEquals(16, a.length());
        assertNotEquals(a, Fingerprint.of("Redesigned care and greater use of virtual appointments"));
        PlanItem item = item("2.21", 38, "Redesigned care and greater use of ‘virtual’ appointments – as set out", 0);
        assertEquals(a, item.fingerprint());
    }

    @Test
    void contentListsAreInOrderAndAnswerLookups() {
        Plan ltp = new Plan(plan, "The NHS Long Term Plan", "NHS LTP", "January 2019", null, null, null, null);
        Chapter two = new Chapter(chapter, plan, "2", "More NHS action on prevention and health inequalities", 1);
        PlanItem numbered = item("2.18", 37, "The NHS will continue to take action on healthy NHS premises.", 1);
        PlanItem unnumbered = item(null, null, "A commitment without page.", 0);
        Board board = new Board(UUID.randomUUID(), "Oxfordshire HIB", "");
        Theme theme = new Theme(UUID.randomUUID(), board.id(), "Prevent", 0);
        Priority second = new Priority(UUID.randomUUID(), theme.id(), "Second", "", null, 1);
        Priority first = new Priority(UUID.randomUUID(), theme.id(), "First", "", null, 0);
        Link link = new Link(UUID.randomUUID(), first.id(), numbered.id(), null, null, null, 0);
        List<Priority> priorities = new ArrayList<>(List.of(second, first));
        WorkspaceContent content = new WorkspaceContent(board, List.of(ltp), List.of(two), List.of(),
                List.of(numbered, unnumbered), List.of(theme), priorities, List.of(), List.of(link));
        priorities.clear();

        assertEquals(List.of(first, second), content.prioritiesOf(theme.id()));
        assertEquals(List.of(unnumbered, numbered), content.chapterItems(chapter));
        assertEquals("Chapter 2: More NHS action on prevention and health inequalities", two.heading());
        assertEquals("(NHS LTP p. 37)", content.citation(numbered));
        assertEquals("(NHS LTP)", content.citation(unnumbered));
        assertEquals(link, content.link(first.id(), numbered.id()).orElseThrow());
        assertTrue(content.link(second.id(), numbered.id()).isEmpty());
        assertEquals(ltp, content.planByLabel("nhs ltp").orElseThrow());
        assertEquals("2.18", numbered.numberOrBlank());
        assertEquals("", unnumbered.numberOrBlank());
        assertEquals(numbered, content.itemsById().get(numbered.id()));
        assertThrows(UnsupportedOperationException.class, () -> content.links().add(link));
    }

    private PlanItem item(String number, Integer page, String text, int position) {
        return new PlanItem(UUID.randomUUID(), plan, chapter, null, number, page,
                number == null ? ItemKind.COMMITMENT : ItemKind.PARAGRAPH, text, null, position);
    }
}
