package org.crosswalk.store.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.edit.Edit;

/** The snapshots kept in a workspace: list, find, read, and take one of the table now. */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * Takes a snapshot of the workspace as it is now, in one transaction (one undoable edit).
     */
    public static Snapshot take(Workspace workspace, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        workspace.history().execute(take(workspace, id, name));
        return list(workspace).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The edit that keeps the workspace as it is now as snapshot {@code id}: it reads the content
     * inside the edit's own transaction, so nothing can change between reading and keeping it.
     */
    public static Edit take(Workspace workspace, UUID id, String name) {
        return context -> SnapshotEdits.take(id, name, workspace.load()).plan(context);
    }

    /** The snapshots, oldest first (by number). */
    public static List<Snapshot> list(Workspace workspace) throws SQLException {
        return workspace.read(connection -> {
            List<Snapshot> snapshots = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, number, name, taken_at, "
                    + "taken_by, themes, priorities, links FROM snapshot ORDER BY number");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    snapshots.add(new Snapshot(UUID.fromString(rows.getString(1)), rows.getInt(2), rows.getString(3),
                            Instant.parse(rows.getString(4)), rows.getString(5), rows.getInt(6), rows.getInt(7),
                            rows.getInt(8)));
                }
            }
            return snapshots;
        });
    }

    /** The snapshot with this number ("3") or this name (any case). */
    public static Optional<Snapshot> find(Workspace workspace, String numberOrName) throws SQLException {
        String wanted = numberOrName.strip();
        List<Snapshot> all = list(workspace);
        Optional<Snapshot> byNumber = all.stream().filter(s -> String.valueOf(s.number()).equals(wanted)).findFirst();
        if (byNumber.isPresent()) {
            return byNumber;
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return all.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /**
     * The table as it was when the snapshot was taken. A snapshot whose stored content cannot be
     * read (changed outside Crosswalk) is a {@link WorkspaceProblem} saying what still can be done.
     */
    public static WorkspaceContent content(Workspace workspace, UUID snapshotId) throws SQLException,
            WorkspaceProblem {
        String[] row = workspace.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name, content FROM snapshot WHERE id = ?")) {
                statement.setString(1, snapshotId.toString());
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? new String[] {result.getString(1), result.getString(2)} : null;
                }
            }
        });
        if (row == null) {
            throw new WorkspaceProblem(WorkspaceProblem.Kind.NOT_FOUND, "That snapshot is no longer in the "
                    + "workspace (it was deleted). Choose another one.");
        }
        try {
            return SnapshotJson.read(row[1]);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new WorkspaceProblem(WorkspaceProblem.Kind.DAMAGED, "Snapshot ‘" + row[0] + "’ cannot be read: "
                    + "what it kept has been damaged in the file. The table itself is not affected. Delete this "
                    + "snapshot (File > Snapshots…), or restore an earlier backup (File > Restore from Backup…).", e);
        }
    }
}
