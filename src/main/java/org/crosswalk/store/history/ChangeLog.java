package org.crosswalk.store.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
                        entries.add(new HistoryEntry(seq, instant(rows.getString(2)), rows.getString(3),
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

    /**
     * The log's times, written by {@code EditHistory} as "2019-02-14T09:30:00.123Z" (UTC), read by
     * hand: several times faster than {@link Instant#parse}, which matters for 10,000 entries.
     * Anything else (a log written by another tool) goes through {@code Instant.parse}.
     */
    static Instant instant(String text) {
        if (text.length() >= 20 && text.charAt(10) == 'T' && text.charAt(19) != ':' && text.endsWith("Z")) {
            try {
                int nanos = 0;
                if (text.charAt(19) == '.') {
                    String fraction = text.substring(20, text.length() - 1);
                    nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
                } else if (text.length() != 20) {
                    return Instant.parse(text);
                }
                return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                        number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), nanos)
                        .toInstant(ZoneOffset.UTC);
            } catch (RuntimeException notTheUsualForm) {
                return Instant.parse(text);
            }
        }
        return Instant.parse(text);
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    /** The first log entry whose touched rows were recorded (since the history-and-snapshots migration). */
    private static long firstFilterable(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT value FROM workspace_info WHERE key = 'change_rows_from_seq'");
             ResultSet result = statement.executeQuery()) {
            return result.next() ? Long.parseLong(result.getString(1)) : Long.MAX_VALUE;
        }
    }
}
