package org.crosswalk.tables.priorities;

import java.util.List;

/**
 * What a column of a priorities table holds, with the header words that name it (compared in
 * lower case with punctuation as spaces: "Sub-items", "SUB ITEMS" and "sub items" are alike).
 * Earlier words win when two columns could hold the same thing: "Priority note" is the note of
 * Crosswalk's own export, before its "Note" column (which belongs to the links).
 */
public enum ColumnRole {
    THEME("Theme", List.of("theme", "themes", "theme title", "priority area", "area", "domain")),
    PRIORITY("Priority", List.of("priority", "priorities", "local priority", "local priorities", "priority title",
            "objective", "objectives")),
    SUB_ITEMS("Sub-items", List.of("sub items", "sub item", "subitems", "subitem", "key actions", "actions",
            "key action", "action")),
    NOTE("Note", List.of("priority note", "priority notes", "notes", "note", "comments", "comment")),
    LEAD("Lead", List.of("lead", "lead officer", "lead officers", "owner", "responsible", "responsible officer",
            "lead organisation"));

    private final String label;
    private final List<String> headerWords;

    ColumnRole(String label, List<String> headerWords) {
        this.label = label;
        this.headerWords = headerWords;
    }

    /** The name people see ("Sub-items"). */
    public String label() {
        return label;
    }

    /**
     * How well a header names this role: 0 for the best word, higher for later words, and
     * {@code Integer.MAX_VALUE} when it does not name it.
     */
    int rank(String header) {
        String key = key(header);
        for (int i = 0; i < headerWords.size(); i++) {
            if (key.equals(headerWords.get(i))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    static String key(String header) {
        return header == null ? "" : header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
