package org.crosswalk.tables.priorities;

import org.crosswalk.tables.reading.Outline;
import org.crosswalk.tables.reading.Outline.Entry;
import org.crosswalk.tables.reading.Outline.Kind;

/**
 * Reads priorities from a document's outline: headings at the theme level are themes, top-level
 * list entries are priorities, and deeper list entries are their sub-items. Other headings and
 * plain paragraphs are left aside.
 */
final class OutlinePriorities {
    private OutlinePriorities() {
    }

    /**
     * The heading level most likely to name themes: that of the last heading before the first
     * top-level list entry (a strategy's "Priority areas" sections), or 0 when there is none.
     */
    static int guessThemeLevel(Outline outline) {
        int level = 0;
        for (Entry entry : outline.entries()) {
            if (entry.kind() == Kind.HEADING) {
                level = entry.level();
            } else if (entry.kind() == Kind.LIST_ENTRY && entry.level() == 1) {
                return level;
            }
        }
        return 0;
    }

    static boolean hasListEntries(Outline outline) {
        return outline.entries().stream().anyMatch(e -> e.kind() == Kind.LIST_ENTRY);
    }

    /** @param themeLevel the heading level of themes; 0: no heading is a theme */
    static ImportedPriorities read(Outline outline, int themeLevel) {
        PriorityCollector collector = new PriorityCollector().naming("Paragraph");
        for (Entry entry : outline.entries()) {
            if (entry.kind() == Kind.HEADING && entry.level() == themeLevel) {
                collector.theme(entry.text());
            } else if (entry.kind() == Kind.LIST_ENTRY && entry.level() == 1) {
                collector.priority(entry.text(), entry.paragraph());
            } else if (entry.kind() == Kind.LIST_ENTRY && collector.hasPriority()) {
                collector.subItem(entry.text());
            } else if (entry.kind() == Kind.LIST_ENTRY) {
                collector.problem(entry.paragraph(), "is a sub-item with no priority above it: it was left out.");
            }
        }
        return collector.result(outline.source());
    }
}
