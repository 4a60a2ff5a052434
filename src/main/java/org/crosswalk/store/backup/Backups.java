package org.crosswalk.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of workspaces in the user's data folder: {@code ROOT/<workspace id>/NAME (DATE TIME, why).crosswalk}.
 * Each is written with SQLite's online backup API to a temporary file, checked, then moved into
 * place, so a backup is whole or absent; a failed backup never touches the workspace.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Path root;
    private final Clock clock;
    private final WorkspaceFiles files;
    private final BackupNames names;

    public Backups(Path root, Clock clock, WorkspaceFiles files) {
        this(root, clock, files, ZoneId.systemDefault());
    }

    Backups(Path root, Clock clock, WorkspaceFiles files, ZoneId zone) {
        this.root = root;
        this.clock = clock;
        this.files = files;
        this.names = new BackupNames(zone);
    }

    public Path root() {
        return root;
    }

    /** Backs up the open workspace now, then removes old backups of it (see {@link BackupRotation}). */
    public Backup make(Workspace workspace, BackupReason reason) throws WorkspaceProblem {
        String workspaceName = workspace.path().getFileName().toString();
        Path temporary = null;
        try {
            Path folder = folderOf(workspace);
            Files.createDirectories(folder);
            Path target = folder.resolve(names.name(workspaceName, clock.instant(), reason));
            temporary = folder.resolve("." + UUID.randomUUID() + ".tmp");
            workspace.backupTo(temporary);
            BackupCheck.settle(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Backup made = names.parse(target, Files.size(target)).orElseThrow();
            rotate(folder);
            LOG.info("Backed up {} ({}) to {}", workspace.path(), reason.label(), target);
            return made;
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Backup of {} ({}) failed", workspace.path(), reason.label(), e);
            throw new WorkspaceProblem(WorkspaceProblem.Kind.CANNOT_WRITE, "Crosswalk could not write a backup of “"
                    + workspaceName + "” (" + reason.label() + ") in " + root + ". Your workspace is unchanged and "
                    + "every edit is still saved in it, so you can go on working. Check that this folder can be "
                    + "written to and that the disk is not full.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Keeps a copy of a "backup before upgrade" (written beside the workspace before a migration)
     * in the workspace's backups folder, so Restore from Backup lists it. A failure is only logged:
     * the copy beside the file is still there.
     */
    public void keepUpgradeCopy(Path workspace, Path copyBesideIt) {
        Path temporary = null;
        try {
            Path folder = folderFor(BackupCheck.workspaceId(copyBesideIt), workspace);
            Files.createDirectories(folder);
            Path target = folder.resolve(names.name(workspace.getFileName().toString(), clock.instant(),
                    BackupReason.BEFORE_UPGRADE));
            temporary = folder.resolve("." + UUID.randomUUID() + ".tmp");
            Files.copy(copyBesideIt, temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            rotate(folder);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Could not keep {} in the backups folder; it stays beside the workspace", copyBesideIt, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The hook a merge calls first, so the workspace as it was before the merge can be restored. */
    public Backup beforeMerge(Workspace workspace) throws WorkspaceProblem {
        return make(workspace, BackupReason.BEFORE_MERGE);
    }

    /** This workspace's backups, newest first. */
    public List<Backup> list(Workspace workspace) throws WorkspaceProblem {
        try {
            return list(folderOf(workspace));
        } catch (SQLException | IOException e) {
            throw new WorkspaceProblem(WorkspaceProblem.Kind.FAILED, "Crosswalk could not list the backups in "
                    + root + ". Nothing was changed. Details are in the log file.", e);
        }
    }

    /** What a backup holds (board, counts, last change), read without changing it. */
    public BackupSummary summarize(Backup backup) throws WorkspaceProblem {
        try {
            return BackupCheck.summarize(backup.file());
        } catch (SQLException e) {
            LOG.warn("Could not read the backup {}", backup.file(), e);
            throw new WorkspaceProblem(WorkspaceProblem.Kind.DAMAGED, "The backup “" + backup.file().getFileName()
                    + "” cannot be read; it may be damaged.", e);
        }
    }

    /**
     * The backups of a workspace file that need not be open here (the command line), found by
     * the id it records; read without changing it. Newest first.
     */
    public List<Backup> listFor(Path workspaceFile) throws WorkspaceProblem {
        try {
            return list(folderFor(BackupCheck.workspaceId(workspaceFile), workspaceFile));
        } catch (SQLException | IOException e) {
            throw new WorkspaceProblem(WorkspaceProblem.Kind.NOT_A_WORKSPACE, "Crosswalk could not read “"
                    + workspaceFile.getFileName() + "” to find its backups. Check that it is a Crosswalk workspace.", e);
        }
    }

    /** The backup a file is, when its name is a backup's name. */
    public java.util.Optional<Backup> describe(Path backupFile) throws IOException {
        return names.parse(backupFile, Files.size(backupFile));
    }

    Path folderOf(Workspace workspace) throws SQLException {
        return folderFor(workspace.workspaceId(), workspace.path());
    }

    /** The workspace {@code id}'s folder (a workspace without an id uses its file name). */
    private Path folderFor(String id, Path workspaceFile) {
        return root.resolve(id.isBlank() ? BackupNames.safe(workspaceFile.getFileName().toString()) : id);
    }

    private List<Backup> list(Path folder) throws IOException {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        java.util.Map<Path, java.nio.file.attribute.FileTime> written = new java.util.HashMap<>();
        try (Stream<Path> found = Files.list(folder)) {
            for (Path file : (Iterable<Path>) found::iterator) {
                if (Files.isRegularFile(file)) {
                    names.parse(file, Files.size(file)).ifPresent(backups::add);
                    written.put(file, Files.getLastModifiedTime(file));
                }
            }
        }
        // Names have whole seconds: two backups of one second (on open, then before restore) are
        // told apart by when their files were written.
        backups.sort(Comparator.comparing(Backup::madeAt)
                .thenComparing(backup -> written.get(backup.file())).reversed());
        return backups;
    }

    private void rotate(Path folder) {
        try {
            for (Backup old : BackupRotation.toRemove(list(folder), clock.instant())) {
                Files.deleteIfExists(old.file());
            }
        } catch (IOException e) {
            LOG.warn("Could not remove old backups in {}", folder, e); // more kept than planned; nothing lost
        }
    }

    /** Restores and copies out backups; see {@link BackupRestore}. */
    public BackupRestore restorer() {
        return new BackupRestore(this, files);
    }

    static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-journal"));
        } catch (IOException e) {
            LOG.debug("Could not remove {}", path, e);
        }
    }
}
