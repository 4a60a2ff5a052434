package org.crosswalk.store.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row inserted, updated or deleted, with the images needed to reverse it. Every edit is a
 * list of these, so undo and redo are the same mechanism for every kind of edit.
 */
public sealed interface RowChange {

    String table();

    String id();

    RowChange inverse();

    void apply(Connection connection) throws SQLException;

    record Inserted(String table, String id, Map<String, Object> values) implements RowChange {
        public Inserted {
            values = copy(values);
        }

        @Override
        public RowChange inverse() {
            return new Deleted(table, id, values);
        }

        @Override
        public void apply(Connection connection) throws SQLException {
            List<String> columns = new ArrayList<>(values.keySet());
            String sql = "INSERT INTO " + table + " (id, " + String.join(", ", columns) + ") VALUES (?"
                    + ", ?".repeat(columns.size()) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, id);
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 2, values.get(columns.get(i)));
                }
                statement.executeUpdate();
            }
        }
    }

    /** {@code before} and {@code after} hold the changed columns only. */
    record Updated(String table, String id, Map<String, Object> before, Map<String, Object> after)
            implements RowChange {
        public Updated {
            before = copy(before);
            after = copy(after);
        }

        @Override
        public RowChange inverse() {
            return new Updated(table, id, after, before);
        }

        @Override
        public void apply(Connection connection) throws SQLException {
            List<String> columns = new ArrayList<>(after.keySet());
            String sql = "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 1, after.get(columns.get(i)));
                }
                statement.setString(columns.size() + 1, id);
                expectOneRow(statement.executeUpdate(), this);
            }
        }
    }

    record Deleted(String table, String id, Map<String, Object> values) implements RowChange {
        public Deleted {
            values = copy(values);
        }

        @Override
        public RowChange inverse() {
            return new Inserted(table, id, values);
        }

        @Override
        public void apply(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                statement.setString(1, id);
                expectOneRow(statement.executeUpdate(), this);
            }
        }
    }

    private static Map<String, Object> copy(Map<String, Object> values) {
        // LinkedHashMap keeps column order and, unlike Map.copyOf, allows SQL NULLs.
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static void expectOneRow(int count, RowChange change) throws SQLException {
        if (count != 1) {
            throw new SQLException("Expected to change one row of " + change.table() + " (" + change.id()
                    + ") but changed " + count + "; the file no longer matches the edit history.");
        }
    }
}
