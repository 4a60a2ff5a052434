package org.crosswalk.store.edit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every deletion of a row of the board's outline leaves a note in {@code deleted_row}, so a later
 * merge can tell "deleted here" from "added on the other copy" (decision 0019). The note is one more
 * row change of the same edit: undoing the deletion removes it again.
 */
final class Tombstones {
    /** The tables whose deletions a merge must know about. */
    static final Set<String> TRACKED = Set.of(Tables.THEME, Tables.PRIORITY, Tables.SUB_ITEM, Tables.LINK);

    private Tombstones() {
    }

    /** {@code planned} with a note after its changes for each tracked row it deletes. */
    static PlannedEdit recorded(PlannedEdit planned, EditContext context) throws SQLException {
        List<RowChange> notes = new ArrayList<>();
        for (RowChange change : planned.changes()) {
            if (change instanceof RowChange.Deleted deleted && TRACKED.contains(deleted.table())) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("table_name", deleted.table());
                values.put("row_id", deleted.id());
                values.put("deleted_at", context.now());
                values.put("deleted_by", context.author());
                notes.add(new RowChange.Inserted(Tables.DELETED_ROW, UUID.randomUUID().toString(), values));
            }
        }
        if (notes.isEmpty() || !hasNotesTable(context)) {
            return planned;
        }
        List<RowChange> changes = new ArrayList<>(planned.changes());
        changes.addAll(notes);
        return new PlannedEdit(planned.description(), changes);
    }

    /**
     * False only for a file of schema 5 or older opened by a tool that does not upgrade it (the app
     * always upgrades before editing; tests build such files on purpose).
     */
    private static boolean hasNotesTable(EditContext context) throws SQLException {
        return !context.query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", Tables.DELETED_ROW)
                .isEmpty();
    }
}
