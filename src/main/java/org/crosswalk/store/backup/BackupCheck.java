package org.crosswalk.store.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.crosswalk.store.Migrations;
import org.crosswalk.store.WorkspaceProblem;
import org.sqlite.SQLiteConfig;

/** Reads backup files without changing them: their summary, and whether they are whole and ours. */
final class BackupCheck {
    private BackupCheck() {
    }

    /** The backup's summary, read through a read-only connection. */
    static BackupSummary summarize(Path file) throws SQLException {
        try (Connection connection = readOnly(file)) {
            return BackupSummary.read(connection);
        }
    }

    /**
     * The backup's summary once it has passed every check a restore needs: a whole SQLite file,
     * a Crosswalk workspace this version understands, of the workspace {@code workspaceId}.
     */
    static BackupSummary verify(Backup backup, String workspaceId, int latestSchema) throws WorkspaceProblem {
        String name = "The backup “" + backup.file().getFileName() + "”";
        if (!Files.isRegularFile(backup.file())) {
            throw new WorkspaceProblem(WorkspaceProblem.Kind.NOT_FOUND, name + " is no longer in the backups "
                    + "folder, so nothing was changed. Choose another backup.");
        }
        try (Connection connection = readOnly(backup.file())) {
            int version = intPragma(connection, "user_version");
            if (intPragma(connection, "application_id") != Migrations.APPLICATION_ID || version == 0
                    || !"ok".equals(firstText(connection, "PRAGMA integrity_check"))) {
                throw damaged(name, null);
            }
            if (version > latestSchema) {
                throw new WorkspaceProblem(WorkspaceProblem.Kind.NEWER_VERSION, name + " was made by a newer "
                        + "Crosswalk, so nothing was changed. Install the latest Crosswalk to restore it.");
            }
            if (workspaceId != null && !workspaceId.equals(workspaceIdIn(connection))) {
                throw new WorkspaceProblem(WorkspaceProblem.Kind.NOT_A_WORKSPACE, name + " belongs to another "
                        + "workspace, so nothing was changed. Use “Open as a Copy…” to look at it.");
            }
            return BackupSummary.read(connection);
        } catch (SQLException e) {
            throw damaged(name, e);
        }
    }

    /** The workspace id a workspace file records (empty if none). */
    static String workspaceId(Path file) throws SQLException {
        try (Connection connection = readOnly(file)) {
            return workspaceIdIn(connection);
        }
    }

    /** Leaves a freshly written backup as one self-contained file and makes sure it reads back whole. */
    static void settle(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = DELETE");
            }
            if (!"ok".equals(firstText(connection, "PRAGMA quick_check"))) {
                throw new SQLException("The backup did not read back whole: " + file);
            }
        }
    }

    private static String workspaceIdIn(Connection connection) throws SQLException {
        String id = firstText(connection, "SELECT value FROM workspace_info WHERE key = 'workspace_id'");
        return id == null ? "" : id;
    }

    private static WorkspaceProblem damaged(String name, Throwable cause) {
        return new WorkspaceProblem(WorkspaceProblem.Kind.DAMAGED, name + " is damaged and cannot be restored. "
                + "Nothing was changed. Choose an earlier backup.", cause);
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        return Queries.firstInt(connection, "PRAGMA " + pragma);
    }

    private static String firstText(Connection connection, String query) throws SQLException {
        return Queries.firstText(connection, query);
    }
}
