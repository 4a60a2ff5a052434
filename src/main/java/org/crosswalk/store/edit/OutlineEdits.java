package org.crosswalk.store.edit;

import static org.crosswalk.store.edit.Describe.quote;
import static org.crosswalk.store.edit.Tables.BOARD;
import static org.crosswalk.store.edit.Tables.LINK;
import static org.crosswalk.store.edit.Tables.PRIORITY;
import static org.crosswalk.store.edit.Tables.SUB_ITEM;
import static org.crosswalk.store.edit.Tables.SUGGESTION_DISMISSAL;
import static org.crosswalk.store.edit.Tables.THEME;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Edits of the board's own outline: themes, priorities and their sub-items. */
public final class OutlineEdits {
    private OutlineEdits() {
    }

    public static Edit renameBoard(UUID boardId, String name, String title) {
        return context -> {
            String cleanName = required(name, "The board needs a name.");
            Map<String, Object> board = context.row(BOARD, boardId, "board");
            List<RowChange> changes = new ArrayList<>();
            context.update(board, BOARD, Map.of("name", cleanName, "title", title == null ? "" : title.strip()))
                    .ifPresent(changes::add);
            return new PlannedEdit("Rename board to " + quote(cleanName), changes);
        };
    }

    public static Edit addTheme(UUID boardId, UUID themeId, String title) {
        return context -> {
            String clean = required(title, "A theme needs a title.");
            context.row(BOARD, boardId, "board");
            int position = context.children(THEME, "board_id", boardId).size();
            return new PlannedEdit("Add theme " + quote(clean), List.of(context.insert(THEME, themeId,
                    Map.of("board_id", boardId.toString(), "title", clean, "position", position))));
        };
    }

    public static Edit addPriority(UUID themeId, UUID priorityId, String title) {
        return context -> {
            String clean = required(title, "A priority needs a title.");
            context.row(THEME, themeId, "theme");
            int position = context.children(PRIORITY, "theme_id", themeId).size();
            return new PlannedEdit("Add priority " + quote(clean), List.of(context.insert(PRIORITY, priorityId,
                    Map.of("theme_id", themeId.toString(), "title", clean, "note", "", "position", position))));
        };
    }

    public static Edit addSubItem(UUID priorityId, UUID subItemId, String text) {
        return context -> {
            String clean = required(text, "A sub-item needs some text.");
            context.row(PRIORITY, priorityId, "priority");
            int position = context.children(SUB_ITEM, "priority_id", priorityId).size();
            return new PlannedEdit("Add sub-item " + quote(clean), List.of(context.insert(SUB_ITEM, subItemId,
                    Map.of("priority_id", priorityId.toString(), "text", clean, "position", position))));
        };
    }

    public static Edit renameTheme(UUID themeId, String title) {
        return rename(THEME, themeId, "theme", "title", title, "A theme needs a title.");
    }

    public static Edit renamePriority(UUID priorityId, String title) {
        return rename(PRIORITY, priorityId, "priority", "title", title, "A priority needs a title.");
    }

    public static Edit editSubItem(UUID subItemId, String text) {
        return rename(SUB_ITEM, subItemId, "sub-item", "text", text, "A sub-item needs some text.");
    }

    public static Edit setPriorityNote(UUID priorityId, String note) {
        return setPriorityText(priorityId, "note", note);
    }

    /** Names who leads the priority (a person or a role); blank clears it. */
    public static Edit setPriorityLead(UUID priorityId, String lead) {
        return setPriorityText(priorityId, "lead", lead);
    }

    /** "Edit note of ‘…’", "Edit lead of ‘…’": a free-text column of a priority, stripped. */
    private static Edit setPriorityText(UUID priorityId, String column, String value) {
        String clean = value == null ? "" : value.strip();
        return context -> {
            Map<String, Object> row = context.row(PRIORITY, priorityId, "priority");
            List<RowChange> changes = new ArrayList<>();
            context.update(row, PRIORITY, Map.of(column, clean)).ifPresent(changes::add);
            return new PlannedEdit("Edit " + column + " of " + quote(row.get("title")), changes);
        };
    }

    private static Edit rename(String table, UUID id, String what, String column, String text, String ifBlank) {
        return context -> {
            String value = required(text, ifBlank);
            Map<String, Object> row = context.row(table, id, what);
            List<RowChange> changes = new ArrayList<>();
            context.update(row, table, Map.of(column, value)).ifPresent(changes::add);
            return new PlannedEdit("Rename " + what + " " + quote(row.get(column)) + " to " + quote(value), changes);
        };
    }

    /** Moves a theme to {@code index} among the board's themes. */
    public static Edit moveTheme(UUID themeId, int index) {
        return context -> {
            Map<String, Object> theme = context.row(THEME, themeId, "theme");
            List<Map<String, Object>> siblings = context.children(THEME, "board_id", uuid(theme.get("board_id")));
            return new PlannedEdit("Move theme " + quote(theme.get("title")),
                    context.reorder(THEME, siblings, Positions.moved(siblings, themeId.toString(), index)));
        };
    }

    /** Moves a priority to {@code index} within {@code targetThemeId} (its own theme or another). */
    public static Edit movePriority(UUID priorityId, UUID targetThemeId, int index) {
        return context -> {
            Map<String, Object> priority = context.row(PRIORITY, priorityId, "priority");
            context.row(THEME, targetThemeId, "theme");
            return new PlannedEdit("Move priority " + quote(priority.get("title")),
                    Positions.moveAcross(context, PRIORITY, "theme_id", priority, targetThemeId, index));
        };
    }

    /** Moves a sub-item to {@code index} within {@code targetPriorityId}. */
    public static Edit moveSubItem(UUID subItemId, UUID targetPriorityId, int index) {
        return context -> {
            Map<String, Object> subItem = context.row(SUB_ITEM, subItemId, "sub-item");
            context.row(PRIORITY, targetPriorityId, "priority");
            return new PlannedEdit("Move sub-item " + quote(subItem.get("text")),
                    Positions.moveAcross(context, SUB_ITEM, "priority_id", subItem, targetPriorityId, index));
        };
    }

    public static Edit deleteTheme(UUID themeId) {
        return context -> {
            Map<String, Object> theme = context.row(THEME, themeId, "theme");
            List<RowChange> changes = new ArrayList<>();
            for (Map<String, Object> priority : context.children(PRIORITY, "theme_id", themeId)) {
                changes.addAll(deletePriorityRows(context, priority));
            }
            changes.add(context.delete(THEME, theme));
            changes.addAll(closeGap(context, THEME, "board_id", theme));
            return new PlannedEdit("Delete theme " + quote(theme.get("title")), changes);
        };
    }

    public static Edit deletePriority(UUID priorityId) {
        return context -> {
            Map<String, Object> priority = context.row(PRIORITY, priorityId, "priority");
            List<RowChange> changes = new ArrayList<>(deletePriorityRows(context, priority));
            changes.addAll(closeGap(context, PRIORITY, "theme_id", priority));
            return new PlannedEdit("Delete priority " + quote(priority.get("title")), changes);
        };
    }

    public static Edit deleteSubItem(UUID subItemId) {
        return context -> {
            Map<String, Object> subItem = context.row(SUB_ITEM, subItemId, "sub-item");
            List<RowChange> changes = new ArrayList<>();
            changes.add(context.delete(SUB_ITEM, subItem));
            changes.addAll(closeGap(context, SUB_ITEM, "priority_id", subItem));
            return new PlannedEdit("Delete sub-item " + quote(subItem.get("text")), changes);
        };
    }

    /** Children first, so undo (which runs in reverse) re-creates the parent before them. */
    private static List<RowChange> deletePriorityRows(EditContext context, Map<String, Object> priority)
            throws SQLException {
        UUID id = uuid(priority.get("id"));
        List<RowChange> changes = new ArrayList<>();
        for (Map<String, Object> link : context.children(LINK, "priority_id", id)) {
            changes.add(context.delete(LINK, link));
        }
        for (Map<String, Object> dismissal : SuggestionEdits.dismissalsOf(context, id)) {
            changes.add(context.delete(SUGGESTION_DISMISSAL, dismissal));
        }
        for (Map<String, Object> subItem : context.children(SUB_ITEM, "priority_id", id)) {
            changes.add(context.delete(SUB_ITEM, subItem));
        }
        changes.add(context.delete(PRIORITY, priority));
        return changes;
    }

    private static List<RowChange> closeGap(EditContext context, String table, String parentColumn,
                                            Map<String, Object> removed) throws SQLException {
        List<Map<String, Object>> rest = context.children(table, parentColumn, uuid(removed.get(parentColumn)));
        rest.removeIf(r -> r.get("id").equals(removed.get("id")));
        return context.reorder(table, rest, rest.stream().map(r -> (String) r.get("id")).toList());
    }

    /** The stripped text; a blank one is refused (inside the edit, so it reaches the user). */
    static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new EditRejectedException(message);
        }
        return value.strip();
    }

    static UUID uuid(Object value) {
        return UUID.fromString(value.toString());
    }
}
