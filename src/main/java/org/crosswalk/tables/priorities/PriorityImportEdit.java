package org.crosswalk.tables.priorities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.EditContext;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.PlannedEdit;
import org.crosswalk.store.edit.RowChange;
import org.crosswalk.store.edit.Tables;

/**
 * Creates everything a {@link PriorityImportPreview} marks as new, as one edit: one undo removes
 * it all, and if any part fails nothing is created. New themes and priorities go after the
 * existing ones, in file order; new sub-items after a priority's existing sub-items.
 */
final class PriorityImportEdit {
    private PriorityImportEdit() {
    }

    static Edit of(PriorityImportPreview preview) {
        return context -> {
            if (preview.nothingToCreate()) {
                throw new EditRejectedException("Everything in " + preview.source() + " is already in the workspace. "
                        + "Nothing was changed.");
            }
            context.row(Tables.BOARD, preview.boardId(), "board");
            Positions positions = new Positions(context);
            List<RowChange> changes = new ArrayList<>();
            int themeCount = 0;
            int priorityCount = 0;
            int subItemCount = 0;
            for (PriorityImportPreview.Theme theme : preview.themes()) {
                UUID themeId = theme.existingId();
                if (themeId == null) {
                    themeId = UUID.randomUUID();
                    changes.add(context.insert(Tables.THEME, themeId, Map.of("board_id", preview.boardId().toString(),
                            "title", theme.title(), "position", positions.next(Tables.THEME, "board_id",
                                    preview.boardId()))));
                    themeCount++;
                } else {
                    context.row(Tables.THEME, themeId, "theme “" + theme.title() + "”");
                }
                for (PriorityImportPreview.Priority priority : theme.priorities()) {
                    UUID priorityId = priority.existingId();
                    if (priorityId == null) {
                        priorityId = UUID.randomUUID();
                        changes.add(context.insert(Tables.PRIORITY, priorityId, Map.of("theme_id", themeId.toString(),
                                "title", priority.title(), "note", priority.note(), "lead", priority.lead(),
                                "position", positions.next(Tables.PRIORITY, "theme_id", themeId))));
                        priorityCount++;
                    } else {
                        context.row(Tables.PRIORITY, priorityId, "priority “" + priority.title() + "”");
                    }
                    for (PriorityImportPreview.SubItem subItem : priority.subItems()) {
                        if (!subItem.exists()) {
                            changes.add(context.insert(Tables.SUB_ITEM, UUID.randomUUID(), Map.of("priority_id",
                                    priorityId.toString(), "text", subItem.text(), "position",
                                    positions.next(Tables.SUB_ITEM, "priority_id", priorityId))));
                            subItemCount++;
                        }
                    }
                }
            }
            return new PlannedEdit(description(themeCount, priorityCount, subItemCount), changes);
        };
    }

    /** "Import 2 themes, 9 priorities and 14 sub-items". */
    static String description(int themes, int priorities, int subItems) {
        List<String> parts = new ArrayList<>();
        add(parts, themes, "theme", "themes");
        add(parts, priorities, "priority", "priorities");
        add(parts, subItems, "sub-item", "sub-items");
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Import " + joined;
    }

    private static void add(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    /** The next free position under each parent, counting rows this edit has already added. */
    private static final class Positions {
        private final EditContext context;
        private final Map<String, Integer> next = new HashMap<>();

        Positions(EditContext context) {
            this.context = context;
        }

        int next(String table, String parentColumn, UUID parentId) throws java.sql.SQLException {
            String key = table + ":" + parentId;
            Integer position = next.get(key);
            if (position == null) {
                position = context.children(table, parentColumn, parentId).size();
            }
            next.put(key, position + 1);
            return position;
        }
    }
}
