package org.crosswalk.store.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.store.Workspace;

/** Reads a workspace's change log, newest first, for the history panel and the command line. */
public final class ChangeLog {
    private ChangeLog() {
    }

    /** Every logged change, newest first. */
    public static List<HistoryEntry> all(Workspace workspace) throws SQLException {
        return since(workspace, 0, Optional.empty());
    }

    /**
     * The changes that touched {@code priorityId} (its wording, its sub-items or links), newest
     * first. Changes made before the file recorded touched rows are not among them.
     */
    public static List<HistoryEntry> ofPriority(Workspace workspace, UUID priorityId) throws SQLException {
        return since(workspace, 0, Optional.of(priorityId));
    }

    /**
     * The changes logged after entry {@code afterSeq} (of {@code priority}, when given), newest
     * first: what a panel that already shows the older ones needs after an edit.
     */
    public static List<HistoryEntry> since(Workspace workspace, long afterSeq, Optional<UUID> priority)
            throws SQLException {

        return workspace.read(connection -> {
            long firstFilterable = firstFilterable(connection);
            String sql = "SELECT seq, at, author, action, description FROM change_log WHERE seq > ?"
                    + (priority.isPresent()
                    ? " AND seq IN (SELECT log_seq FROM change_row WHERE priority_id = ?)" : "")
                    + " ORDER BY seq DESC";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, afterSeq);
                if (priority.isPresent()) {
                    statement.setString(2, priority.get().toString());
                }
                List<HistoryEntry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long seq = rows.getLong(1);
                        entries.add(new HistoryEntry(seq, Instant.parse(rows.getString(2)), rows.getString(3),
                                rows.getString(4), rows.getString(5), seq >= firstFilterable));
                    }
                }
                return entries;
            }
        });
    }

    /** How many logged changes predate the recording of touched rows, so cannot be filtered by priority. */
    public static int unfilterable(Workspace workspace) throws SQLException {
        return workspace.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM change_log WHERE seq < ?")) {
                statement.setLong(1, firstFilterable(connection));
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? result.getInt(1) : 0;
                }
            }
        });
    }

    /** The first log entry whose touched rows were recorded (schema 6 and later). */
    private static long firstFilterable(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT value FROM workspace_info WHERE key = 'change_rows_from_seq'");
             ResultSet result = statement.executeQuery()) {
            return result.next() ? Long.parseLong(result.getString(1)) : Long.MAX_VALUE;
        }
    }
}
