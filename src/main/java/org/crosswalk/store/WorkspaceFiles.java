package org.crosswalk.store;

import static org.crosswalk.store.WorkspaceProblem.Kind.CANNOT_WRITE;
import static org.crosswalk.store.WorkspaceProblem.Kind.DAMAGED;
import static org.crosswalk.store.WorkspaceProblem.Kind.FAILED;
import static org.crosswalk.store.WorkspaceProblem.Kind.IN_USE;
import static org.crosswalk.store.WorkspaceProblem.Kind.NEWER_VERSION;
import static org.crosswalk.store.WorkspaceProblem.Kind.NOT_A_WORKSPACE;
import static org.crosswalk.store.WorkspaceProblem.Kind.NOT_FOUND;
import static org.crosswalk.store.WorkspaceProblem.Kind.READ_ONLY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.EditHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and opens workspace files, refusing anything that is not a healthy Crosswalk file
 * before a single byte of it is written.
 */
public final class WorkspaceFiles {
    public static final String EXTENSION = ".crosswalk";
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceFiles.class);
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm-ss");

    private final Supplier<String> author;
    private final Clock clock;
    private final Migrations migrations;
    private final SchemaCheck schemaCheck;
    private volatile UpgradeCopies upgradeCopies = (workspace, copy) -> { };

    /** Told about each "backup before upgrade" copy, to keep it with the other backups too. */
    @FunctionalInterface
    public interface UpgradeCopies {
        /** Must not throw: the upgrade goes on with the copy beside the file either way. */
        void keep(Path workspace, Path copyBesideIt);
    }

    public WorkspaceFiles(Supplier<String> author, Clock clock) {
        this(author, clock, Migrations.builtIn());
    }

    WorkspaceFiles(Supplier<String> author, Clock clock, Migrations migrations) {
        this.author = author;
        this.clock = clock;
        this.migrations = migrations;
        this.schemaCheck = new SchemaCheck(migrations);
    }

    /** Hands every "backup before upgrade" copy to {@code copies} as well (the backups folder). */
    public void keepUpgradeCopiesWith(UpgradeCopies copies) {
        this.upgradeCopies = copies;
    }

    /** The schema version this Crosswalk writes. */
    public int schemaVersion() {
        return migrations.latest();
    }

    /**
     * Creates a new, empty workspace for a board at {@code path} (replacing a file there) and
     * opens it. The file appears complete or not at all.
     */
    public Workspace create(Path path, String boardName, String title) throws WorkspaceProblem {
        Path target = path.toAbsolutePath();
        Path temporary = temporarySibling(target);
        try {
            try (Connection connection = connect(temporary, false)) {
                migrations.migrate(connection, 0);
                String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
                String who = author.get();
                try (PreparedStatement board = connection.prepareStatement("INSERT INTO board (id, name, title, "
                        + "created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    board.setString(1, UUID.randomUUID().toString());
                    board.setString(2, boardName.strip());
                    board.setString(3, title == null ? "" : title.strip());
                    board.setString(4, now);
                    board.setString(5, who);
                    board.setString(6, now);
                    board.setString(7, who);
                    board.executeUpdate();
                }
                try (PreparedStatement info = connection.prepareStatement(
                        "INSERT INTO workspace_info (key, value) VALUES (?, ?), (?, ?)")) {
                    info.setString(1, "workspace_id");
                    info.setString(2, UUID.randomUUID().toString());
                    info.setString(3, "created_at");
                    info.setString(4, now);
                    info.executeUpdate();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode = DELETE");
                }
            }
            Optional<FileLock> lock = Files.exists(target) ? FileLock.tryAcquire(target) : Optional.empty();
            if (Files.exists(target) && lock.isEmpty()) {
                throw new WorkspaceProblem(IN_USE, "“" + target.getFileName() + "” is open in another Crosswalk "
                        + "window, so it was not replaced. Close it there or choose another name.");
            }
            if (lock.isPresent()) {
                lock.get().close();
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            LOG.warn("Could not create {}", target, e);
            throw new WorkspaceProblem(CANNOT_WRITE, "Crosswalk could not create “" + target.getFileName()
                    + "”. Nothing was written. Check that the folder exists, that you may write to it and "
                    + "that the disk is not full, then try again.", e);
        } finally {
            deleteQuietly(temporary);
        }
        return open(target, false);
    }

    /**
     * Opens a workspace. Read-write takes the file for this process; read-only never writes to it.
     */
    /**
     * Makes the folder a new file is to go in when it is missing (on a first run, the folder for the
     * sample in Documents), with a message that names it when that cannot be done. {@link #create}
     * itself does not: a folder the user chose and that has gone is worth a message.
     */
    public static void makeFolderFor(Path file) throws WorkspaceProblem {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.warn("Could not make the folder {}", folder, e);
            throw new WorkspaceProblem(CANNOT_WRITE, "Crosswalk could not create “" + target.getFileName()
                    + "” because it could not make the folder " + folder + ". Nothing was written. Check that "
                    + "the drive is there (a network drive may be offline) and that you may write to it, then "
                    + "try again, or choose another folder.", e);
        }
    }

    public Workspace open(Path path, boolean readOnly) throws WorkspaceProblem {
        Path file = path.toAbsolutePath();
        String name = "“" + file.getFileName() + "”";
        SqliteHeader header = checkHeader(file, name);
        FileLock lock = null;
        try {
            if (!readOnly) {
                lock = FileLock.tryAcquire(file).orElseThrow(() -> new WorkspaceProblem(IN_USE, name
                        + " is already open in another Crosswalk window. You can open it read-only here to "
                        + "look at it, or close it there and try again."));
            }
        } catch (IOException e) {
            throw readOnlyProblem(name, e);
        }
        try {
            if (!readOnly && !Files.isWritable(file)) {
                throw readOnlyProblem(name, null);
            }
            Connection connection = connect(file, readOnly);
            try {
                check(connection, header, name, readOnly);
                if (!readOnly) {
                    upgradeIfOlder(connection, file, header.userVersion());
                }
                WorkspaceContent checked = ContentCheck.readWhole(connection, name);
                if (!readOnly) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("PRAGMA journal_mode = WAL");
                    }
                }
                EditHistory history = new EditHistory(connection, author, clock, readOnly,
                        FileIdentity.of(file)::verify);
                return new Workspace(file, connection, history, lock, checked);
            } catch (WorkspaceProblem | SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (WorkspaceProblem e) {
            closeQuietly(lock);
            throw e;
        } catch (SQLException e) {
            closeQuietly(lock);
            throw classify(e, name);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            LOG.error("Unexpected failure opening {}", file, e);
            throw new WorkspaceProblem(FAILED, "Crosswalk could not open " + name + " because of an internal "
                    + "error. The file was not changed. Details are in the log file.", e);
        }
    }

    private SqliteHeader checkHeader(Path file, String name) throws WorkspaceProblem {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceProblem(NOT_FOUND, name + " was not found in " + file.getParent()
                    + ". It may have been moved, renamed or deleted. Use File > Open to find it.");
        }
        SqliteHeader header;
        try {
            header = SqliteHeader.read(file);
        } catch (IOException e) {
            throw new WorkspaceProblem(READ_ONLY, "Crosswalk is not allowed to read " + name
                    + ". Check the file's permissions.", e);
        }
        if (header == null) {
            throw notAWorkspace(name);
        }
        if (header.isTruncated()) {
            throw damaged(name, null);
        }
        if (header.applicationId() != Migrations.APPLICATION_ID && header.applicationId() != 0) {
            throw notAWorkspace(name);
        }
        if (header.applicationId() == Migrations.APPLICATION_ID && header.userVersion() > migrations.latest()) {
            throw new WorkspaceProblem(NEWER_VERSION, name + " was saved by a newer version of Crosswalk "
                    + "(file version " + header.userVersion() + "; this version understands up to "
                    + migrations.latest() + "). The file was not changed. Install the latest Crosswalk to open it.");
        }
        return header;
    }

    private void check(Connection connection, SqliteHeader header, String name, boolean readOnly)
            throws SQLException, WorkspaceProblem {
        int applicationId = intPragma(connection, "application_id");
        int version = intPragma(connection, "user_version");
        if (applicationId != Migrations.APPLICATION_ID || version == 0) {
            throw notAWorkspace(name);
        }
        if (version < 0) {
            throw damaged(name, null); // no Crosswalk writes one (found by the fuzzer)
        }
        if (version > migrations.latest()) {
            throw new WorkspaceProblem(NEWER_VERSION, name + " was saved by a newer version of Crosswalk. "
                    + "The file was not changed. Install the latest Crosswalk to open it.");
        }
        try {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
                if (!result.next() || !"ok".equals(result.getString(1))) {
                    throw damaged(name, null);
                }
            }
            String wrong = schemaCheck.problem(connection, version);
            if (wrong != null) {
                LOG.warn("{} is not what schema version {} should be: {}", name, version, wrong);
                throw ContentCheck.damaged(name, null);
            }
        } catch (SQLException e) {
            if (ContentCheck.isBusy(e)) {
                throw e;
            }
            throw damaged(name, e);
        }
        if (readOnly && version < migrations.latest()) {
            throw new WorkspaceProblem(READ_ONLY, name + " was made by an older Crosswalk and must be "
                    + "upgraded before it can be shown. Open it normally (a backup copy is kept beside it).");
        }
    }

    private void upgradeIfOlder(Connection connection, Path file, int version) throws WorkspaceProblem, SQLException {
        int current = intPragma(connection, "user_version");
        if (current >= migrations.latest()) {
            return;
        }
        Path backup = file.resolveSibling(baseName(file) + " (backup before upgrade, "
                + BACKUP_STAMP.format(Instant.now(clock).atZone(ZoneId.systemDefault())) + ")" + EXTENSION);
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            LOG.warn("Backup before upgrade of {} failed", file, e);
            throw new WorkspaceProblem(CANNOT_WRITE, "“" + file.getFileName() + "” needs upgrading, but Crosswalk "
                    + "could not write a backup copy beside it first, so it was not changed. Check that the "
                    + "folder is writable and the disk is not full.", e);
        }
        upgradeCopies.keep(file, backup);
        LOG.info("Upgrading {} from schema {} to {} (backup {})", file, current, migrations.latest(), backup);
        migrations.migrate(connection, current);
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // SQLite cannot remove the -wal and -shm files that a read-only connection creates beside a
        // WAL-mode file, so a writable file is viewed through a read-write connection that is
        // query_only instead: no change is possible, and the last one to close cleans up.
        boolean sqliteReadOnly = readOnly && !Files.isWritable(file);
        config.setReadOnly(sqliteReadOnly);
        if (!readOnly) {
            // Each commit reaches the disk before the edit is reported done.
            config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.FULL);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        if (readOnly && !sqliteReadOnly) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = ON");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static WorkspaceProblem classify(SQLException e, String name) {
        String message = String.valueOf(e.getMessage());
        LOG.warn("Opening {} failed: {}", name, message, e);
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return notAWorkspace(name);
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")
                || message.contains("unsupported file format")) {
            return damaged(name, e);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("locked")) {
            return new WorkspaceProblem(IN_USE, name + " is being used by another program. Close it there and "
                    + "try again, or open it read-only.", e);
        }
        if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN")
                || message.contains("readonly")) {
            return readOnlyProblem(name, e);
        }
        return new WorkspaceProblem(FAILED, "Crosswalk could not open " + name + ". The file was not changed. "
                + "Details are in the log file.", e);
    }

    private static WorkspaceProblem notAWorkspace(String name) {
        return new WorkspaceProblem(NOT_A_WORKSPACE, name + " is not a Crosswalk workspace, so Crosswalk "
                + "left it untouched. Choose a file ending in " + EXTENSION + ", or use File > New to start one.");
    }

    private static WorkspaceProblem damaged(String name, Throwable cause) {
        return new WorkspaceProblem(DAMAGED, name + " is damaged (it may have been cut short while being "
                + "copied). Crosswalk left it untouched. Open an earlier copy or a backup of it instead.", cause);
    }

    private static WorkspaceProblem readOnlyProblem(String name, Throwable cause) {
        return new WorkspaceProblem(READ_ONLY, name + " cannot be changed: the file or its folder is "
                + "read-only. You can open it read-only to look at it and save an editable copy elsewhere.", cause);
    }

    static Path temporarySibling(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("Could not remove {}", path, e);
        }
    }

    private static void closeQuietly(FileLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.debug("Could not release lock", e);
            }
        }
    }
}
