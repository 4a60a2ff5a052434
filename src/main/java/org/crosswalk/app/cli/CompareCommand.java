package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.snapshot.Difference;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.SnapshotComparison;
import org.crosswalk.store.snapshot.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosswalk compare WORKSPACE SNAPSHOT}: what changed in the table since a snapshot. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Say what changed in a workspace's table since one of its snapshots.",
                "Lists priorities added, removed and reworded, and links added, removed and changed (paragraph, "
                        + "excerpt, relevance, note), matched by their ids. The workspace is only read."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class CompareCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Parameters(index = "1", paramLabel = "SNAPSHOT",
            description = "The snapshot's number or name, as “crosswalk snapshots” lists them.")
    private String snapshotName;

    @Option(names = "--json", description = "Print {snapshot, changes: [{kind, priority, detail}]}.")
    private boolean json;

    /** The comparison as printed with --json. */
    record Compared(String snapshot, List<Change> changes) {
    }

    record Change(String kind, String priority, String detail) {
    }

    @Override
    public Integer call() throws Exception {
        Path path = SnapshotArgument.existingWorkspace(workspaceFile);
        Snapshot snapshot;
        List<Difference> differences;
        try (Workspace workspace = parent.wiring().files().open(path, true)) {
            snapshot = SnapshotArgument.find(workspace, snapshotName);
            differences = SnapshotComparison.between(Snapshots.content(workspace, snapshot.id()), workspace.load());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(new Compared(snapshot.name(), differences.stream()
                    .map(d -> new Change(d.kind().label(), d.priority(), d.detail())).toList())));
        } else {
            out.println("Since snapshot " + snapshot.number() + " “" + snapshot.name() + "” ("
                    + SnapshotsCommand.WHEN.format(snapshot.takenAt().atZone(ZoneId.systemDefault())) + "): "
                    + (differences.isEmpty() ? "no changes." : differences.size()
                    + (differences.size() == 1 ? " change." : " changes.")));
            differences.forEach(d -> out.println("  " + d.line()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
