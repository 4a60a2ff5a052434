package org.crosswalk.tables.mapping;

import static org.crosswalk.store.edit.Tables.BOARD;
import static org.crosswalk.store.edit.Tables.LINK;
import static org.crosswalk.store.edit.Tables.PLAN_ITEM;
import static org.crosswalk.store.edit.Tables.PRIORITY;
import static org.crosswalk.store.edit.Tables.SUB_ITEM;
import static org.crosswalk.store.edit.Tables.THEME;

import java.sql.SQLException;
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
import org.crosswalk.tables.mapping.TablePreview.LinkDraft;
import org.crosswalk.tables.mapping.TablePreview.PriorityDraft;
import org.crosswalk.tables.mapping.TablePreview.SubItemDraft;
import org.crosswalk.tables.mapping.TablePreview.ThemeDraft;

/**
 * A previewed table import as one undoable edit: new themes, priorities and sub-items appended
 * after the workspace's own, links appended in the table's order, "no mention" set. Rows the
 * workspace already has are only checked (still there, or the edit is refused and nothing is
 * changed). A priority that gains links loses its "no mention", as when linking by hand.
 */
public final class TableImportEdit {
    private final EditContext context;
    private final List<RowChange> changes = new ArrayList<>();

    private TableImportEdit(EditContext context) {
        this.context = context;
    }

    public static Edit of(TablePreview preview) {
        return context -> {
            TableImportEdit edit = new TableImportEdit(context);
            edit.themes(preview.themes());
            if (edit.changes.isEmpty()) {
                throw new EditRejectedException("Everything in " + preview.source() + " is in the workspace already. "
                        + "Nothing was changed.");
            }
            return new PlannedEdit(description(preview), edit.changes);
        };
    }

    private void themes(List<ThemeDraft> themes) throws SQLException {
        List<Map<String, Object>> boards = context.query("SELECT * FROM " + BOARD + " ORDER BY rowid");
        if (boards.isEmpty()) {
            throw new EditRejectedException("The workspace has no board to import the table into. Nothing was changed.");
        }
        String boardId = (String) boards.get(0).get("id");
        int position = context.children(THEME, "board_id", UUID.fromString(boardId)).size();
        for (ThemeDraft theme : themes) {
            UUID themeId = theme.existingId();
            int priorityPosition = 0;
            if (themeId == null) {
                themeId = UUID.randomUUID();
                changes.add(context.insert(THEME, themeId, Map.of("board_id", boardId, "title", theme.title(),
                        "position", position++)));
            } else {
                context.row(THEME, themeId, "theme “" + theme.title() + "”");
                priorityPosition = context.children(PRIORITY, "theme_id", themeId).size();
            }
            for (PriorityDraft priority : theme.priorities()) {
                priority(themeId, priority, priority.isNew() ? priorityPosition++ : -1);
            }
        }
    }

    private void priority(UUID themeId, PriorityDraft draft, int position) throws SQLException {
        UUID priorityId = draft.existingId();
        int subItemPosition = 0;
        int linkPosition = 0;
        if (priorityId == null) {
            priorityId = UUID.randomUUID();
            Map<String, Object> row = new HashMap<>();
            row.put("theme_id", themeId.toString());
            row.put("title", draft.title());
            row.put("note", draft.note());
            row.put("lead", draft.lead());
            row.put("no_mention", draft.noMention());
            row.put("position", position);
            changes.add(context.insert(PRIORITY, priorityId, row));
        } else {
            Map<String, Object> row = context.row(PRIORITY, priorityId, "priority “" + draft.title() + "”");
            subItemPosition = context.children(SUB_ITEM, "priority_id", priorityId).size();
            linkPosition = context.children(LINK, "priority_id", priorityId).size();
            boolean gainsLinks = draft.links().stream().anyMatch(l -> !l.exists());
            if (gainsLinks || draft.noMention() != null) {
                Map<String, Object> noMention = new HashMap<>();
                noMention.put("no_mention", gainsLinks ? null : draft.noMention());
                context.update(row, PRIORITY, noMention).ifPresent(changes::add);
            }
        }
        for (SubItemDraft subItem : draft.subItems()) {
            if (!subItem.exists()) {
                changes.add(context.insert(SUB_ITEM, UUID.randomUUID(), Map.of("priority_id", priorityId.toString(),
                        "text", subItem.text(), "position", subItemPosition++)));
            }
        }
        for (LinkDraft link : draft.links()) {
            if (!link.exists()) {
                context.row(PLAN_ITEM, link.item().id(), "plan paragraph " + link.item().numberOrBlank());
                Map<String, Object> row = new HashMap<>();
                row.put("priority_id", priorityId.toString());
                row.put("plan_item_id", link.item().id().toString());
                row.put("excerpt", link.excerpt());
                row.put("relevance", link.relevance().code());
                row.put("note", link.note());
                row.put("position", linkPosition++);
                changes.add(context.insert(LINK, UUID.randomUUID(), row));
            }
        }
    }

    /** "Import table from “paper.docx” (13 priorities, 30 links)", for the Undo menu and the history. */
    static String description(TablePreview preview) {
        return "Import table from " + preview.source() + " (" + count(preview.newPriorities(), "priority", "priorities")
                + ", " + count(preview.newLinks(), "link", "links") + ")";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
