package org.crosswalk.store;

import static org.crosswalk.store.WorkspaceProblem.Kind.DAMAGED;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.crosswalk.model.WorkspaceContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last check on opening a workspace: read it whole, as the window will, and check every
 * reference. A value of the wrong kind, or a row pointing at one that is gone, means another
 * program changed the file. (The loader reads the schema this Crosswalk ships; files of other
 * schemas, made by tests with their own migrations, get the reference check only.)
 */
final class ContentCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ContentCheck.class);

    private ContentCheck() {
    }

    /** The content read whole while checking it (kept for the first load), or null when not read. */
    static WorkspaceContent readWhole(Connection connection, String name) throws WorkspaceProblem, SQLException {
        try {
            WorkspaceContent content = null;
            if (userVersion(connection) == Migrations.builtIn().latest()) {
                content = WorkspaceLoader.load(connection);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
                if (broken.next()) {
                    LOG.warn("{}: a row of {} refers to a missing row of {}", name, broken.getString("table"),
                            broken.getString("parent"));
                    throw damaged(name, null);
                }
            }
            return content;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof SQLException sql && isBusy(sql)) {
                throw sql;
            }
            LOG.warn("{} could not be read whole", name, e);
            throw damaged(name, e);
        }
    }

    /** Another connection holds the file: not damage, so it is reported as "in use" by the caller. */
    static boolean isBusy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_BUSY") || message.contains("locked");
    }

    static WorkspaceProblem damaged(String name, Throwable cause) {
        return new WorkspaceProblem(DAMAGED, name + " is damaged: parts of it are missing or not as Crosswalk "
                + "wrote them (another program may have changed it). Crosswalk left it untouched. Open an "
                + "earlier copy or a backup of it instead.", cause);
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }
}
