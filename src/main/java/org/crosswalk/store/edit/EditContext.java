package org.crosswalk.store.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads rows inside the edit's transaction and builds stamped row changes. */
public final class EditContext {
    private final Connection connection;
    private final String now;
    private final String author;

    EditContext(Connection connection, String now, String author) {
        this.connection = connection;
        this.now = now;
        this.author = author;
    }

    public Optional<Map<String, Object>> find(String table, UUID id) throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM " + table + " WHERE id = ?", id.toString());
        return rows.stream().findFirst();
    }

    /** The row, or a rejection naming {@code what} when someone else's edit removed it. */
    public Map<String, Object> row(String table, UUID id, String what) throws SQLException {
        return find(table, id).orElseThrow(() -> new EditRejectedException(
                "The " + what + " no longer exists in this workspace. Nothing was changed."));
    }

    /** Rows whose {@code parentColumn} is {@code parentId}, in their display order. */
    public List<Map<String, Object>> children(String table, String parentColumn, UUID parentId) throws SQLException {
        return query("SELECT * FROM " + table + " WHERE " + parentColumn + " = ? ORDER BY position, rowid",
                parentId.toString());
    }

    public List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        return rows(connection, sql, parameters);
    }

    /** Rows of a query on any connection, each a map from column name to value, in column order. */
    public static List<Map<String, Object>> rows(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnName(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** An insert stamped with who and when. */
    public RowChange insert(String table, UUID id, Map<String, Object> values) {
        Map<String, Object> stamped = new LinkedHashMap<>(values);
        stamped.put("created_at", now);
        stamped.put("created_by", author);
        stamped.put("modified_at", now);
        stamped.put("modified_by", author);
        return new RowChange.Inserted(table, id.toString(), stamped);
    }

    /** An update of the columns that really change, stamped; empty when nothing changes. */
    public Optional<RowChange> update(Map<String, Object> current, String table, Map<String, Object> values) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            Object old = current.get(column);
            if (!sameValue(old, value)) {
                before.put(column, old);
                after.put(column, value);
            }
        });
        if (after.isEmpty()) {
            return Optional.empty();
        }
        before.put("modified_at", current.get("modified_at"));
        before.put("modified_by", current.get("modified_by"));
        after.put("modified_at", now);
        after.put("modified_by", author);
        return Optional.of(new RowChange.Updated(table, (String) current.get("id"), before, after));
    }

    /** The time and author this edit is stamped with, for rows that are not stamped by {@link #insert}. */
    public String now() {
        return now;
    }

    public String author() {
        return author;
    }

    public RowChange delete(String table, Map<String, Object> current) {
        Map<String, Object> values = new LinkedHashMap<>(current);
        String id = (String) values.remove("id");
        return new RowChange.Deleted(table, id, values);
    }

    /**
     * Position updates that put {@code orderedIds} (all rows of one parent) in the given order.
     */
    public List<RowChange> reorder(String table, List<Map<String, Object>> rows, List<String> orderedIds) {
        List<RowChange> changes = new ArrayList<>();
        for (int position = 0; position < orderedIds.size(); position++) {
            String id = orderedIds.get(position);
            Map<String, Object> row = rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
            update(row, table, Map.of("position", position)).ifPresent(changes::add);
        }
        return changes;
    }

    private static boolean sameValue(Object old, Object value) {
        if (old instanceof Number a && value instanceof Number b) {
            return a.longValue() == b.longValue();
        }
        return Objects.equals(old, value);
    }
}
