package org.crosswalk.store.merge;

import java.util.List;
import java.util.Map;
import org.crosswalk.store.edit.Tables;

/**
 * The tables of the board's own content that a merge compares row by row, parents before children,
 * with the columns that make up what a person wrote (not who or when).
 */
enum MergedTable {
    BOARD(Tables.BOARD, null, null, "board", List.of("name", "title")),
    THEME(Tables.THEME, "board_id", BOARD, "theme", List.of("title", "board_id", "position")),
    PRIORITY(Tables.PRIORITY, "theme_id", THEME, "priority",
            List.of("title", "note", "no_mention", "lead", "action", "status", "due_date", "progress_note",
                    "progress_at", "progress_by", "theme_id", "position")),
    SUB_ITEM(Tables.SUB_ITEM, "priority_id", PRIORITY, "sub-item", List.of("text", "priority_id", "position")),
    LINK(Tables.LINK, "priority_id", PRIORITY, "link",
            List.of("plan_item_id", "excerpt", "relevance", "note", "review", "review_note", "priority_id",
                    "position"));

    /** The national plans' tables: a plan the other copy has and this one lacks is brought along whole. */
    static final List<String> PLAN_TABLES = List.of(Tables.PLAN, Tables.CHAPTER, Tables.SECTION, Tables.PLAN_ITEM);

    /** How each column is named to a person. */
    static final Map<String, String> COLUMN_NAMES = Map.ofEntries(Map.entry("name", "Board name"),
            Map.entry("title", "Wording"), Map.entry("board_id", "Board"), Map.entry("note", "Note"),
            Map.entry("no_mention", "No national mention"), Map.entry("lead", "Lead"),
            Map.entry("action", "Action"), Map.entry("status", "Status"), Map.entry("due_date", "Due date"),
            Map.entry("progress_note", "Latest update"), Map.entry("progress_at", "Progress updated on"),
            Map.entry("progress_by", "Progress updated by"),
            Map.entry("theme_id", "Theme"), Map.entry("text", "Wording"), Map.entry("priority_id", "Priority"),
            Map.entry("plan_item_id", "Plan paragraph"), Map.entry("excerpt", "Excerpt"),
            Map.entry("relevance", "Relevance"), Map.entry("review", "To review"),
            Map.entry("review_note", "Paragraph text when linked"), Map.entry("position", "Place in the list"));

    final String table;
    final String parentColumn;
    final MergedTable parent;
    final String word;
    final List<String> content;

    MergedTable(String table, String parentColumn, MergedTable parent, String word, List<String> content) {
        this.table = table;
        this.parentColumn = parentColumn;
        this.parent = parent;
        this.word = word;
        this.content = content;
    }

    String key(String id) {
        return table + "/" + id;
    }

    /** The key of the row's parent, or null for the board. */
    String parentKey(Map<String, Object> row) {
        return parent == null ? null : parent.key(String.valueOf(row.get(parentColumn)));
    }

    static MergedTable of(String table) {
        for (MergedTable merged : values()) {
            if (merged.table.equals(table)) {
                return merged;
            }
        }
        throw new IllegalArgumentException(table);
    }
}
