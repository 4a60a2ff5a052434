package org.crosswalk.store.merge;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.EditContext;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.PlannedEdit;
import org.crosswalk.store.edit.RowChange;
import org.crosswalk.store.edit.Tables;

/**
 * The whole merge as one edit: this workspace is read again inside the edit's transaction, the plan
 * made again with the room's decisions, and every change is one row change of the same edit, so
 * Undo restores exactly what was there. Rows taken from the other copy keep its who and when.
 */
final class MergeEdit implements Edit {
    private final MergePreview preview;

    MergeEdit(MergePreview preview) {
        this.preview = preview;
    }

    @Override
    public PlannedEdit plan(EditContext context) throws SQLException {
        CopyRows ours = CopyRows.read(context::query);
        MergePreview fresh = new MergePreview(preview.otherName(), ours, preview.theirs(), preview.choices());
        if (fresh.undecided() > 0) {
            throw new EditRejectedException(fresh.undecided() + " differences between the copies still need a "
                    + "decision (keep this workspace’s version or take the other copy’s). Nothing was changed.");
        }
        MergeSteps steps = fresh.steps();
        List<RowChange> changes = new ArrayList<>();
        steps.planInserts.forEach(p -> changes.add(inserted(p.table(), p.row())));
        deletions(context, steps, changes);
        steps.notesRemoved.forEach(note -> changes.add(context.delete(Tables.DELETED_ROW, note)));
        steps.inserts.stream().filter(r -> r.table() != MergedTable.LINK)
                .forEach(r -> changes.add(inserted(r.table().table, r.row())));
        steps.updates.forEach(u -> changes.add(updated(u)));
        steps.inserts.stream().filter(r -> r.table() == MergedTable.LINK)
                .forEach(r -> changes.add(inserted(r.table().table, r.row())));
        changes.addAll(Renumbering.of(ours, steps));
        String head = preview.theirs().head();
        for (MergeSteps.Seen seen : steps.seen) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("table_name", seen.table());
            values.put("row_id", seen.id());
            values.put("version", seen.version());
            values.put("source_head", head);
            values.put("merged_at", context.now());
            values.put("merged_by", context.author());
            changes.add(new RowChange.Inserted(Tables.MERGE_SEEN, UUID.randomUUID().toString(), values));
        }
        return new PlannedEdit("Merge of " + preview.otherName(), changes);
    }

    /** Children before parents, so undo re-creates parents first; a priority's dismissed suggestions go too. */
    private static void deletions(EditContext context, MergeSteps steps, List<RowChange> changes) throws SQLException {
        List<MergeSteps.Row> ordered = new ArrayList<>(steps.deletions);
        ordered.sort(Comparator.comparing((MergeSteps.Row r) -> r.table().ordinal()).reversed());
        for (MergeSteps.Row row : ordered) {
            if (row.table() == MergedTable.PRIORITY) {
                for (Map<String, Object> dismissal : context.query("SELECT * FROM " + Tables.SUGGESTION_DISMISSAL
                        + " WHERE priority_id = ?", row.row().get("id"))) {
                    changes.add(context.delete(Tables.SUGGESTION_DISMISSAL, dismissal));
                }
            }
            changes.add(context.delete(row.table().table, row.row()));
        }
    }

    private static RowChange inserted(String table, Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>(row);
        String id = String.valueOf(values.remove("id"));
        return new RowChange.Inserted(table, id, values);
    }

    /** Their content and their stamps, for the columns that differ. */
    private static RowChange updated(MergeSteps.Update update) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(update.table().content);
        columns.add("modified_at");
        columns.add("modified_by");
        for (String column : columns) {
            before.put(column, update.ours().get(column));
            after.put(column, update.theirs().get(column));
        }
        return new RowChange.Updated(update.table().table, String.valueOf(update.ours().get("id")), before, after);
    }

    /**
     * Places in each list the merge touched, numbered 0, 1, 2… again: two laptops that each added a
     * priority at the end gave both the same place. Ties keep this workspace's row first. Only the
     * place changes, not who changed the row or when.
     */
    static final class Renumbering {
        private Renumbering() {
        }

        static List<RowChange> of(CopyRows ours, MergeSteps steps) {
            Map<String, Map<String, Object>> finalRows = new LinkedHashMap<>();
            Map<String, MergedTable> tables = new HashMap<>();
            Set<String> touchedParents = new HashSet<>();
            for (MergedTable table : MergedTable.values()) {
                if (table.parent != null) {
                    ours.table(table.table).forEach((id, row) -> {
                        finalRows.put(table.key(id), row);
                        tables.put(table.key(id), table);
                    });
                }
            }
            for (MergeSteps.Row row : steps.deletions) {
                finalRows.remove(row.table().key(String.valueOf(row.row().get("id"))));
                touchedParents.add(row.table().table + ">" + row.table().parentKey(row.row()));
            }
            for (MergeSteps.Row row : steps.inserts) {
                String key = row.table().key(String.valueOf(row.row().get("id")));
                finalRows.put(key, row.row());
                tables.put(key, row.table());
                touchedParents.add(row.table().table + ">" + row.table().parentKey(row.row()));
            }
            for (MergeSteps.Update update : steps.updates) {
                String key = update.table().key(String.valueOf(update.ours().get("id")));
                finalRows.put(key, update.theirs());
                touchedParents.add(update.table().table + ">" + update.table().parentKey(update.ours()));
                touchedParents.add(update.table().table + ">" + update.table().parentKey(update.theirs()));
            }
            Map<String, List<String>> groups = new LinkedHashMap<>();
            finalRows.forEach((key, row) -> {
                MergedTable table = tables.get(key);
                String group = table.table + ">" + table.parentKey(row);
                if (touchedParents.contains(group)) {
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(key);
                }
            });
            List<RowChange> changes = new ArrayList<>();
            groups.values().forEach(keys -> {
                List<String> order = new ArrayList<>(keys);
                order.sort(Comparator.comparingLong((String key) -> place(finalRows.get(key)))
                        .thenComparing(key -> ours.table(tables.get(key).table).containsKey(id(key)) ? 0 : 1));
                for (int position = 0; position < order.size(); position++) {
                    String key = order.get(position);
                    long current = place(finalRows.get(key));
                    if (current != position) {
                        changes.add(new RowChange.Updated(tables.get(key).table, id(key),
                                Map.of("position", current), Map.of("position", position)));
                    }
                }
            });
            return changes;
        }

        private static long place(Map<String, Object> row) {
            return row.get("position") instanceof Number n ? n.longValue() : 0;
        }

        private static String id(String key) {
            return key.substring(key.indexOf('/') + 1);
        }
    }
}
