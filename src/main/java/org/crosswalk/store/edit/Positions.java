package org.crosswalk.store.edit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reordering rows that keep a 0-based position among their siblings. */
final class Positions {
    private Positions() {
    }

    /** The sibling ids with {@code id} moved to {@code index} (clamped to the list). */
    static List<String> moved(List<Map<String, Object>> siblings, String id, int index) {
        List<String> ids = new ArrayList<>(siblings.stream().map(r -> (String) r.get("id")).toList());
        ids.remove(id);
        ids.add(Math.max(0, Math.min(index, ids.size())), id);
        return ids;
    }

    /** Moves a row to {@code index} under {@code targetParent}, renumbering both parents' rows. */
    static List<RowChange> moveAcross(EditContext context, String table, String parentColumn,
                                      Map<String, Object> row, UUID targetParent, int index) throws SQLException {
        String id = (String) row.get("id");
        UUID sourceParent = UUID.fromString(row.get(parentColumn).toString());
        if (sourceParent.equals(targetParent)) {
            List<Map<String, Object>> siblings = context.children(table, parentColumn, sourceParent);
            return context.reorder(table, siblings, moved(siblings, id, index));
        }
        List<RowChange> changes = new ArrayList<>();
        List<Map<String, Object>> source = context.children(table, parentColumn, sourceParent);
        source.removeIf(r -> r.get("id").equals(id));
        changes.addAll(context.reorder(table, source, source.stream().map(r -> (String) r.get("id")).toList()));

        List<Map<String, Object>> target = context.children(table, parentColumn, targetParent);
        List<String> order = new ArrayList<>(target.stream().map(r -> (String) r.get("id")).toList());
        int at = Math.max(0, Math.min(index, order.size()));
        changes.addAll(context.reorder(table, target, order.subList(0, at)));
        context.update(row, table, Map.of(parentColumn, targetParent.toString(), "position", at))
                .ifPresent(changes::add);
        List<Map<String, Object>> after = target.subList(at, target.size());
        List<RowChange> shifted = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            context.update(after.get(i), table, Map.of("position", at + 1 + i)).ifPresent(shifted::add);
        }
        changes.addAll(shifted);
        return changes;
    }
}
