package org.crosswalk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.Snapshots;

/** A snapshot named on the command line by its number or its name, or a message saying which exist. */
final class SnapshotArgument {
    private SnapshotArgument() {
    }

    static Path existingWorkspace(Path workspace) throws CommandFailure {
        Path path = workspace.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new CommandFailure("“" + path + "” was not found. Give the path of a workspace file (.crosswalk).");
        }
        return path;
    }

    static Snapshot find(Workspace workspace, String numberOrName) throws SQLException, CommandFailure {
        return Snapshots.find(workspace, numberOrName).orElseThrow(() -> new CommandFailure(
                "There is no snapshot “" + numberOrName + "” in " + workspace.path().getFileName() + ". "
                        + available(workspace)));
    }

    private static String available(Workspace workspace) {
        try {
            List<Snapshot> snapshots = Snapshots.list(workspace);
            if (snapshots.isEmpty()) {
                return "It has no snapshots yet; take one in Crosswalk with File > Take Snapshot….";
            }
            return "Give one of these numbers or names: " + snapshots.stream()
                    .map(s -> s.number() + " “" + s.name() + "”").collect(Collectors.joining(", ")) + ".";
        } catch (SQLException e) {
            return "Run “crosswalk snapshots " + workspace.path() + "” to list them.";
        }
    }
}
