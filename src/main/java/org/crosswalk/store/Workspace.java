package org.crosswalk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.EditHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open workspace file: read its content, edit it through its history, copy it, close it. */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path path;
    private final Connection connection;
    private final EditHistory history;
    private final FileLock lock;
    private boolean closed;
    /** The content read whole when the file was checked on opening, kept for the first load. */
    private WorkspaceContent contentAtOpen;
    private final long revisionAtOpen;

    Workspace(Path path, Connection connection, EditHistory history, FileLock lock, WorkspaceContent contentAtOpen) {
        this.path = path;
        this.connection = connection;
        this.history = history;
        this.lock = lock;
        this.contentAtOpen = contentAtOpen;
        this.revisionAtOpen = history.revision();
    }

    public Path path() {
        return path;
    }

    public boolean isReadOnly() {
        return history.isReadOnly();
    }

    public EditHistory history() {
        return history;
    }

    /** Everything in the workspace now. */
    public WorkspaceContent load() throws SQLException {
        synchronized (history) {
            // Opening already read the file whole to check it: the first load (the window's, at
            // start-up) uses that reading instead of a second one, unless something changed since.
            WorkspaceContent kept = contentAtOpen;
            contentAtOpen = null;
            if (kept != null && history.revision() == revisionAtOpen) {
                return kept;
            }
            return WorkspaceLoader.load(connection);
        }
    }

    /** A read of the workspace's tables through its connection; see {@link #read(Reader)}. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code reader} on the workspace's connection, between edits and with writing switched off
     * ({@code PRAGMA query_only}), so a query cannot change the file. For the layers above store
     * that query the file directly, such as search; the connection must not be kept.
     */
    public <T> T read(Reader<T> reader) throws SQLException {
        synchronized (history) {
            if (isReadOnly()) {
                return reader.read(connection); // already query_only, or read-only in SQLite
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = ON");
                try {
                    return reader.read(connection);
                } finally {
                    statement.execute("PRAGMA query_only = OFF");
                }
            }
        }
    }

    /**
     * Writes a consistent copy of the workspace to {@code target} (replacing it), through a
     * temporary file so a failure never leaves a half-written copy.
     */
    public void saveCopyAs(Path target) throws WorkspaceProblem {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(path.toAbsolutePath().normalize()) || sameFile(absolute, path)) {
            throw new WorkspaceProblem(WorkspaceProblem.Kind.CANNOT_WRITE,
                    "That is the file you are working in; every change is already saved there. "
                            + "Choose another name for the copy.");
        }
        Path temporary = WorkspaceFiles.temporarySibling(absolute);
        try {
            synchronized (history) {
                try (Statement statement = connection.createStatement()) {
                    if (isReadOnly()) {
                        statement.execute("PRAGMA query_only = OFF"); // VACUUM INTO writes only the copy
                    }
                    try {
                        statement.execute("VACUUM INTO '" + temporary.toString().replace("'", "''") + "'");
                    } finally {
                        if (isReadOnly()) {
                            statement.execute("PRAGMA query_only = ON");
                        }
                    }
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            LOG.warn("Could not save a copy to {}", absolute, e);
            throw new WorkspaceProblem(WorkspaceProblem.Kind.CANNOT_WRITE, "Crosswalk could not write the copy “"
                    + absolute.getFileName() + "”. Your workspace is unchanged. Check that the folder exists, "
                    + "that you may write to it and that the disk is not full, then try again.", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.debug("Could not remove {}", temporary, e);
            }
        }
    }

    /** The workspace's stable id (kept in workspace_info; copies made from it share it). */
    public String workspaceId() throws SQLException {
        return read(connection -> {
            try (java.sql.PreparedStatement query = connection.prepareStatement(
                    "SELECT value FROM workspace_info WHERE key = 'workspace_id'");
                 java.sql.ResultSet result = query.executeQuery()) {
                return result.next() ? result.getString(1) : "";
            }
        });
    }

    /**
     * Writes every committed change to {@code file} with SQLite's online backup API, between edits,
     * so the copy is consistent even while the write-ahead log holds changes not yet folded in.
     * The caller writes to a temporary file and moves it into place.
     */
    public void backupTo(Path file) throws SQLException {
        synchronized (history) {
            database().backup("main", file.toString(), null);
        }
    }

    /**
     * Replaces the whole content of the workspace with {@code file}'s, in one write transaction of
     * SQLite's backup API (all or nothing). The edit history no longer matches: close and reopen.
     */
    public void restoreFrom(Path file) throws SQLException {
        synchronized (history) {
            contentAtOpen = null;
            if (isReadOnly()) {
                throw new SQLException("The workspace is open read-only");
            }
            database().restore("main", file.toString(), null);
        }
    }

    private org.sqlite.core.DB database() throws SQLException {
        return connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase();
    }

    /** True when both paths name one file (another spelling, a link to it). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Folds the write-ahead log back in and leaves the file in rollback-journal mode, so the
     * closed workspace is one self-contained file that a read-only open (a copy on a USB stick,
     * `crosswalk info`) can read without creating -wal/-shm files beside it. If another process
     * is still reading it, the switch waits for the next close and only the checkpoint is done.
     */
    private void leaveAsOneFile() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException busy) {
            LOG.debug("{} is still open elsewhere; keeping WAL mode", path, busy);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    /** Closes the workspace; a second call does nothing (it must not free a lock taken since). */
    @Override
    public void close() {
        synchronized (history) {
            if (closed) {
                return;
            }
            closed = true;
            try (connection) {
                if (!isReadOnly()) {
                    leaveAsOneFile();
                }
            } catch (SQLException e) {
                // Closing the connection (always done) checkpoints again as the last one out.
                LOG.warn("Closing {} did not finish cleanly; SQLite will recover on next open", path, e);
            }
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException e) {
                    LOG.debug("Could not remove the lock file of {}", path, e);
                }
            }
        }
    }
}
