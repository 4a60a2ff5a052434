package org.crosswalk.tables.priorities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosswalk.tables.reading.Outline;
import org.crosswalk.tables.reading.Outline.Entry;
import org.crosswalk.tables.reading.Outline.Kind;
import org.junit.jupiter.api.Test;

/** A strategy document's headings and bullets as themes, priorities and sub-items. */
class OutlinePrioritiesTest {
    private final Outline outline = new Outline("strategy.docx", List.of(
            new Entry(Kind.HEADING, 1, "Our strategy", 1),
            new Entry(Kind.PARAGRAPH, 0, "Some words.", 2),
            new Entry(Kind.LIST_ENTRY, 2, "Orphan detail", 3),
            new Entry(Kind.HEADING, 2, "Prevent", 4),
            new Entry(Kind.LIST_ENTRY, 1, "Reduce smoking", 5),
            new Entry(Kind.LIST_ENTRY, 2, "Stop smoking services", 6),
            new Entry(Kind.LIST_ENTRY, 3, "Pregnant smokers", 7),
            new Entry(Kind.HEADING, 2, "Reduce", 8),
            new Entry(Kind.LIST_ENTRY, 1, "Falls", 9)));

    @Test
    void headingsAboveTheFirstBulletsAreThemesBulletsPrioritiesAndNestedBulletsSubItems() {
        assertEquals(2, PriorityImport.guessThemeLevel(outline));
        ImportedPriorities read = PriorityImport.fromOutline(outline, 2);
        assertEquals(List.of(
                new ImportedPriorities.Theme("Prevent", List.of(new ImportedPriorities.Priority("Reduce smoking",
                        List.of("Stop smoking services", "Pregnant smokers"), "", "", 5))),
                new ImportedPriorities.Theme("Reduce", List.of(new ImportedPriorities.Priority("Falls", List.of(), "",
                        "", 9)))), read.themes());
        assertEquals(List.of(new ImportProblem(3,
                "Paragraph 3 is a sub-item with no priority above it: it was left out.")), read.problems());
    }

    @Test
    void thePersonCanPickAnotherHeadingLevel() {
        ImportedPriorities read = PriorityImport.fromOutline(outline, 1);
        assertEquals(List.of("Our strategy"), read.themes().stream().map(ImportedPriorities.Theme::title).toList());
        assertEquals(2, read.priorityCount());
    }
}
