package org.crosswalk.tables.reading;

import java.util.List;

/**
 * Priorities written as a document outline rather than a table: headings and bullet lists, as a
 * strategy document lays them out ("Theme" heading, priorities as bullets, sub-items as nested
 * bullets).
 *
 * @param source  the document, for messages
 * @param entries in document order
 */
public record Outline(String source, List<Entry> entries) {
    public Outline {
        entries = List.copyOf(entries);
    }

    /**
     * A heading (level 1 = Heading 1 …) or a list entry (level 1 = top-level bullet …), or a
     * plain paragraph (level 0).
     */
    public record Entry(Kind kind, int level, String text, int paragraph) {
    }

    public enum Kind { HEADING, LIST_ENTRY, PARAGRAPH }
}
