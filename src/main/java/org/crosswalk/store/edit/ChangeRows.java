package org.crosswalk.store.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes, beside each change_log entry, the rows its changes touched and the priority each
 * belongs to, so the history can be filtered by priority (decision 0020).
 */
final class ChangeRows {
    private static final String PRIORITY_COLUMN = "priority_id";

    private ChangeRows() {
    }

    /** Records {@code edit}'s rows under log entry {@code seq}; runs inside the edit's transaction. */
    static void record(Connection connection, long seq, PlannedEdit edit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_row (log_seq, table_name, row_id, priority_id) VALUES (?, ?, ?, ?)")) {
            for (RowChange change : edit.changes()) {
                Set<String> priorities = priorities(connection, change);
                if (priorities.isEmpty()) {
                    priorities.add(null);
                }
                for (String priority : priorities) {
                    insert.setLong(1, seq);
                    insert.setString(2, change.table());
                    insert.setString(3, change.id());
                    insert.setString(4, priority);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** False for a file of an older schema used without upgrading (a test, a tool). */
    static boolean tableExists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_row'");
             ResultSet result = statement.executeQuery()) {
            return result.next();
        }
    }

    /** The log entry just written on this connection. */
    static long lastSeq(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The priorities a change concerns: a priority row itself; a sub-item or link's priority, both
     * old and new when it moved to another priority.
     */
    private static Set<String> priorities(Connection connection, RowChange change) throws SQLException {
        Set<String> priorities = new LinkedHashSet<>();
        if (Tables.PRIORITY.equals(change.table())) {
            priorities.add(change.id());
            return priorities;
        }
        if (!Tables.SUB_ITEM.equals(change.table()) && !Tables.LINK.equals(change.table())) {
            return priorities;
        }
        if (change instanceof RowChange.Inserted inserted) {
            add(priorities, inserted.values());
        } else if (change instanceof RowChange.Deleted deleted) {
            add(priorities, deleted.values());
        } else if (change instanceof RowChange.Updated updated) {
            add(priorities, updated.before());
            add(priorities, updated.after());
            if (priorities.isEmpty()) {
                priorities.add(currentPriority(connection, change));
            }
        }
        priorities.remove(null);
        return priorities;
    }

    private static void add(Set<String> priorities, Map<String, Object> values) {
        Object priority = values.get(PRIORITY_COLUMN);
        if (priority != null) {
            priorities.add(priority.toString());
        }
    }

    private static String currentPriority(Connection connection, RowChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT priority_id FROM " + change.table() + " WHERE id = ?")) {
            statement.setString(1, change.id());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
