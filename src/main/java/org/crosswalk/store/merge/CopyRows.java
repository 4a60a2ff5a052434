package org.crosswalk.store.merge;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.store.edit.Tables;

/**
 * Everything a merge reads from one copy of a workspace: the board's rows and the plans' rows by
 * id, the notes of deleted rows, the versions already merged, and the edit log's ids and times.
 */
record CopyRows(String workspaceId, String createdAt, Map<String, Map<String, Map<String, Object>>> rows,
                Map<String, Map<String, Object>> deleted, Map<String, List<Map<String, Object>>> seen,
                List<Map<String, Object>> log) {

    static CopyRows read(RowQuery query) throws SQLException {
        Map<String, String> info = new HashMap<>();
        for (Map<String, Object> row : query.query("SELECT key, value FROM workspace_info")) {
            info.put(String.valueOf(row.get("key")), String.valueOf(row.get("value")));
        }
        Map<String, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();
        for (MergedTable table : MergedTable.values()) {
            rows.put(table.table, byId(query.query("SELECT * FROM " + table.table + " ORDER BY rowid"), table.table));
        }
        for (String table : MergedTable.PLAN_TABLES) {
            rows.put(table, byId(query.query("SELECT * FROM " + table + " ORDER BY rowid"), table));
        }
        Map<String, Map<String, Object>> deleted = new HashMap<>();
        for (Map<String, Object> row : query.query("SELECT * FROM " + Tables.DELETED_ROW + " ORDER BY rowid")) {
            deleted.put(row.get("table_name") + "/" + row.get("row_id"), row);
        }
        Map<String, List<Map<String, Object>>> seen = new HashMap<>();
        for (Map<String, Object> row : query.query("SELECT * FROM " + Tables.MERGE_SEEN + " ORDER BY rowid")) {
            seen.computeIfAbsent(row.get("table_name") + "/" + row.get("row_id"), k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> log = query.query("SELECT id, at FROM change_log ORDER BY seq");
        return new CopyRows(info.getOrDefault("workspace_id", ""), info.getOrDefault("created_at", ""), rows,
                deleted, seen, log);
    }

    Map<String, Map<String, Object>> table(String table) {
        return rows.get(table);
    }

    Map<String, Object> row(MergedTable table, String id) {
        return rows.get(table.table).get(id);
    }

    String boardId() {
        return rows.get(Tables.BOARD).keySet().stream().findFirst().orElse("");
    }

    /** The id of the latest entry of the edit log, or "" for a file never edited. */
    String head() {
        return log.isEmpty() ? "" : String.valueOf(log.get(log.size() - 1).get("id"));
    }

    /** True when a merge here has already dealt with this version of the row. */
    boolean hasSeen(String key, String version) {
        return seen.getOrDefault(key, List.of()).stream().anyMatch(s -> version.equals(s.get("version")));
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> list, String table) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> row : list) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("seq"); // plan_item's local search key: each file numbers its own
            byId.put(String.valueOf(copy.get("id")), copy);
        }
        return byId;
    }
}
