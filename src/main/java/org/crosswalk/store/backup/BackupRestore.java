package org.crosswalk.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.UUID;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bringing a backup back: over the open workspace (after backing up what is there now), or as a
 * new file beside it. A damaged backup is refused before anything is touched.
 */
public final class BackupRestore {
    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);

    private final Backups backups;
    private final WorkspaceFiles files;

    BackupRestore(Backups backups, WorkspaceFiles files) {
        this.backups = backups;
        this.files = files;
    }

    /** The workspace reopened with the backup's content, and the backup of what it held before. */
    public record Restored(Workspace workspace, Backup before, BackupSummary summary) {
    }

    /**
     * Replaces the open workspace's content with {@code backup}'s in one transaction, having first
     * backed up the current state ("before restore"), then closes and reopens the file (upgrading
     * a backup made by an older Crosswalk). {@code open} is closed when this returns normally.
     */
    public Restored restore(Workspace open, Backup backup) throws WorkspaceProblem {
        String id;
        try {
            id = open.workspaceId();
        } catch (SQLException e) {
            throw new WorkspaceProblem(WorkspaceProblem.Kind.FAILED, "Crosswalk could not read the open workspace, "
                    + "so nothing was restored. Details are in the log file.", e);
        }
        BackupSummary summary = BackupCheck.verify(backup, id, files.schemaVersion());
        Backup before = backups.make(open, BackupReason.BEFORE_RESTORE);
        Path path = open.path();
        try {
            open.restoreFrom(backup.file());
        } catch (SQLException e) {
            LOG.warn("Restoring {} from {} failed", path, backup.file(), e);
            throw new WorkspaceProblem(WorkspaceProblem.Kind.FAILED, "Crosswalk could not restore the backup, so "
                    + "your workspace was not changed. Details are in the log file.", e);
        }
        open.close();
        LOG.info("Restored {} from {} (previous state in {})", path, backup.file(), before.file());
        return new Restored(files.open(path, false), before, summary);
    }

    /** Writes {@code backup} to {@code target} as a workspace file of its own (whole or not at all). */
    public void copyTo(Backup backup, Path target) throws WorkspaceProblem {
        BackupCheck.verify(backup, null, files.schemaVersion());
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.copy(backup.file(), temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not copy {} to {}", backup.file(), absolute, e);
            throw new WorkspaceProblem(WorkspaceProblem.Kind.CANNOT_WRITE, "Crosswalk could not write “"
                    + absolute.getFileName() + "”. Nothing was changed. Check that the folder exists, that you "
                    + "may write to it and that the disk is not full, then try again.", e);
        } finally {
            Backups.deleteQuietly(temporary);
        }
    }
}
