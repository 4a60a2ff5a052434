package org.crosswalk.store.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Supplier;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.WorkspaceProblem.Kind;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.edit.SaveFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merging another laptop's copy of a workspace into this one (decision 0019): {@link #preview}
 * reads the other copy (never changing it) and says what a merge would do; {@link #merge} takes a
 * backup, then makes the whole merge one undoable edit.
 */
public final class Merges {
    private static final Logger LOG = LoggerFactory.getLogger(Merges.class);
    private final OtherCopy otherCopy;

    public Merges(Supplier<String> author, Clock clock) {
        this.otherCopy = new OtherCopy(author, clock);
    }

    /** What merging {@code other} into {@code workspace} would do; nothing is changed anywhere. */
    public MergePreview preview(Workspace workspace, Path other) throws WorkspaceProblem, SQLException {
        Path file = other.toAbsolutePath().normalize();
        String name = "“" + file.getFileName() + "”";
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceProblem(Kind.NOT_FOUND, name + " was not found. Nothing was changed. "
                    + "Check where the copy was saved (a USB stick, a shared folder) and choose it again.");
        }
        if (sameFile(file, workspace.path())) {
            throw new WorkspaceProblem(Kind.NOT_A_COPY, name + " is the workspace you are working in, so there "
                    + "is nothing to merge. Nothing was changed. Choose the copy from the other laptop.");
        }
        CopyRows theirs = otherCopy.read(file);
        CopyRows ours = workspace.read(connection -> CopyRows.read(RowQuery.on(connection)));
        if (!ours.workspaceId().equals(theirs.workspaceId()) || !ours.boardId().equals(theirs.boardId())) {
            throw new WorkspaceProblem(Kind.NOT_A_COPY, name + " is not a copy of this workspace: it holds "
                    + "another board’s work" + boardName(theirs) + ", made separately, so nothing in it can be "
                    + "matched with what is here. Nothing was changed. To bring its table in, export it from "
                    + "there and use File > Import Mapping Table.");
        }
        return new MergePreview(file.getFileName().toString(), ours, theirs, java.util.Map.of());
    }

    /**
     * Merges with the preview's decisions: a backup first (no merge without one), then one edit.
     * Says what was done: the edit's description ("Merge of anna.crosswalk") and the backup made first.
     */
    public Done merge(Workspace workspace, MergePreview preview, Backups backups)
            throws WorkspaceProblem, SQLException {
        Backup backup = backups.beforeMerge(workspace);
        try {
            return new Done(workspace.history().execute(new MergeEdit(preview)), backup.file());
        } catch (SaveFailedException e) {
            throw e;
        } catch (SQLException e) {
            LOG.warn("Merging {} failed", preview.otherName(), e);
            throw new WorkspaceProblem(Kind.FAILED, "The merge of “" + preview.otherName() + "” could not be "
                    + "finished, so nothing was changed: the copy holds something this workspace cannot take "
                    + "(details are in the log file). Ask for a fresh copy of it, or merge it on the laptop it "
                    + "came from.", e);
        }
    }

    /** A finished merge: its description (for the Undo menu) and the backup of the workspace before it. */
    public record Done(String description, Path backup) {
    }

    private static String boardName(CopyRows rows) {
        return rows.table(MergedTable.BOARD.table).values().stream().findFirst()
                .map(board -> " (" + Words.quote(board.get("name")) + ")").orElse("");
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.equals(b.toAbsolutePath().normalize()) || Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
