package org.crosswalk.store.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.WorkspaceProblem.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the copy to merge without ever touching it: the file (and an unfinished write-ahead log
 * beside it) is copied into a temporary folder, and only that copy is opened, upgraded when it
 * comes from an older Crosswalk, read and deleted.
 */
final class OtherCopy {
    private static final Logger LOG = LoggerFactory.getLogger(OtherCopy.class);

    private final WorkspaceFiles files;

    OtherCopy(Supplier<String> author, Clock clock) {
        // A WorkspaceFiles of its own: an upgrade of the temporary copy is not kept with the backups.
        this.files = new WorkspaceFiles(author, clock);
    }

    CopyRows read(Path other) throws WorkspaceProblem {
        String name = "“" + other.getFileName() + "”";
        Path folder;
        try {
            folder = Files.createTempDirectory("crosswalk-merge");
        } catch (IOException e) {
            throw new WorkspaceProblem(Kind.CANNOT_WRITE, "Crosswalk could not make a temporary folder to read "
                    + name + " in. Nothing was changed. Check that the disk is not full.", e);
        }
        try {
            Path copy = folder.resolve(other.getFileName());
            copyWithLog(other, copy, name);
            try (Workspace workspace = files.open(copy, false)) {
                return workspace.read(connection -> CopyRows.read(RowQuery.on(connection)));
            } catch (WorkspaceProblem e) {
                throw explained(e, name);
            } catch (SQLException e) {
                LOG.warn("Reading {} for a merge failed", other, e);
                throw new WorkspaceProblem(Kind.DAMAGED, name + " could not be read to the end (it may be "
                        + "damaged). Nothing was changed. Ask for a fresh copy of it.", e);
            }
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void copyWithLog(Path other, Path copy, String name) throws WorkspaceProblem {
        try {
            Files.copy(other, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Path log = other.resolveSibling(other.getFileName() + "-wal");
            if (Files.isRegularFile(log)) {
                Files.copy(log, copy.resolveSibling(copy.getFileName() + "-wal"));
            }
        } catch (IOException e) {
            throw new WorkspaceProblem(Kind.READ_ONLY, "Crosswalk could not read " + name + ". Nothing was "
                    + "changed. Check that the file is still there and that you may read it.", e);
        }
    }

    /** The opening problem, said for a merge: nothing here was changed, what to do instead. */
    private static WorkspaceProblem explained(WorkspaceProblem problem, String name) {
        String message = switch (problem.kind()) {
            case NOT_A_WORKSPACE -> name + " is not a Crosswalk workspace, so there is nothing in it to merge. "
                    + "Nothing was changed. Choose the .crosswalk file your colleague worked in.";
            case NEWER_VERSION -> name + " was saved by a newer version of Crosswalk, so this version cannot "
                    + "merge it. Nothing was changed. Install the latest Crosswalk, then merge again.";
            case DAMAGED -> name + " is damaged (it may have been cut short while being copied), so it cannot be "
                    + "merged. Nothing was changed. Ask for a fresh copy of it.";
            default -> "Crosswalk could not read " + name + " to merge it. Nothing was changed. "
                    + problem.getMessage();
        };
        return new WorkspaceProblem(problem.kind(), message, problem);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not remove {}", folder, e);
        }
    }
}
