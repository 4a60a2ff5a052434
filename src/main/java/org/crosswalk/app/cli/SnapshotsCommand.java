package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosswalk snapshots WORKSPACE}: the named snapshots kept in a workspace. */
@Command(name = "snapshots", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the named snapshots kept in a workspace, in the order they were taken.",
                "Each line: number, when (local time), who took it, what it holds (themes, priorities, links) and "
                        + "its name. “crosswalk compare” and “crosswalk export --snapshot” take the number or the "
                        + "name. The workspace is only read."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class SnapshotsCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Option(names = "--json", description = "Print an array of {number, name, takenAt (UTC), takenBy, themes, "
            + "priorities, links}.")
    private boolean json;

    /** One snapshot as printed. */
    record Listed(int number, String name, String takenAt, String takenBy, int themes, int priorities, int links) {
    }

    @Override
    public Integer call() throws Exception {
        Path path = SnapshotArgument.existingWorkspace(workspaceFile);
        List<Snapshot> snapshots;
        try (Workspace workspace = parent.wiring().files().open(path, true)) {
            snapshots = Snapshots.list(workspace);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(snapshots.stream().map(s -> new Listed(s.number(), s.name(),
                    s.takenAt().toString(), s.takenBy(), s.themes(), s.priorities(), s.links())).toList()));
        } else if (snapshots.isEmpty()) {
            out.println("No snapshots in “" + path.getFileName() + "” yet. Take one in Crosswalk with "
                    + "File > Take Snapshot….");
        } else {
            snapshots.forEach(s -> out.printf("%3d  %s  %-20s  %-40s  %s%n", s.number(),
                    WHEN.format(s.takenAt().atZone(ZoneId.systemDefault())), s.takenBy(),
                    s.themes() + " themes, " + s.priorities() + " priorities, " + s.links() + " links", s.name()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
