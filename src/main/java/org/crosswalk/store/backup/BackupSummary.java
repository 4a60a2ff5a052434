package org.crosswalk.store.backup;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a workspace file holds, in a few numbers a person can compare: the board, themes,
 * priorities, links and when it was last changed (empty when never edited).
 */
public record BackupSummary(String board, int themes, int priorities, int links, String lastChange) {

    static BackupSummary read(Connection connection) throws SQLException {
        return new BackupSummary(text(connection, "SELECT name FROM board LIMIT 1"),
                count(connection, "theme"), count(connection, "priority"), count(connection, "link"),
                text(connection, "SELECT max(at) FROM change_log"));
    }

    /** "3 themes, 12 priorities, 40 links". */
    public String counts() {
        return plural(themes, "theme") + ", " + plural(priorities, "priority", "priorities") + ", "
                + plural(links, "link");
    }

    private static String plural(int count, String one) {
        return plural(count, one, one + "s");
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static int count(Connection connection, String table) throws SQLException {
        return Queries.firstInt(connection, "SELECT count(*) FROM " + table);
    }

    private static String text(Connection connection, String query) throws SQLException {
        String value = Queries.firstText(connection, query);
        return value == null ? "" : value;
    }
}
