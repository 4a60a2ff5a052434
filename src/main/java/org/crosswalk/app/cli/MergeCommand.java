package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosswalk.app.Wiring;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.merge.Choice;
import org.crosswalk.store.merge.MergePreview;
import org.crosswalk.store.merge.Merges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosswalk merge WORKSPACE OTHER}: merges another laptop's copy of the workspace into it. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Merge another copy of a workspace (taken to another laptop and edited there) into it.",
                "Themes, priorities, sub-items and links are matched by their identity, never by name: what only "
                        + "the other copy has is added, what only one copy changed is taken from it, deletions "
                        + "follow. What both copies changed differently is listed and needs --take. The other "
                        + "file is only read. A backup is made first, and the merge is one step (Edit > Undo in "
                        + "Crosswalk). Merging the same copy again changes nothing."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE,
                "1:Bad input or file, or differences that need --take (nothing was changed).", ExitCodes.USAGE_LINE})
final class MergeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The side --take keeps for every difference. */
    enum Side { ours, theirs }

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace to merge into (.crosswalk).")
    private Path workspaceFile;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The other copy (.crosswalk); it is never changed.")
    private Path other;

    @Option(names = "--take", paramLabel = "ours|theirs", description = "For everything both copies changed "
            + "differently: keep this workspace's version (ours) or take the other copy's (theirs).")
    private Side take;

    @Option(names = "--dry-run", description = "Say what the merge would do, but change nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print {workspace, other, saved, nothingToDo, added, taken, deleted, "
            + "keptDeleted, keptHere, plansAdded, conflicts} as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Wiring wiring = parent.wiring();
        Merges merges = wiring.merges();
        Path target = workspaceFile.toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = wiring.files().open(target, false)) {
            MergePreview preview = merges.preview(workspace, other);
            if (take != null) {
                preview = preview.withEveryChoice(take == Side.ours ? Choice.OURS : Choice.THEIRS);
            }
            boolean blocked = preview.undecided() > 0;
            boolean save = !dryRun && !blocked && !preview.nothingToDo();
            Merges.Done done = save ? merges.merge(workspace, preview, wiring.backups()) : null;
            out.println(json ? JSON.writeValueAsString(MergeReport.json(preview, name, save))
                    : MergeReport.text(preview, name));
            if (!json) {
                out.println(closing(preview, done, blocked));
            }
            out.flush();
            return blocked ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }

    private String closing(MergePreview preview, Merges.Done done, boolean blocked) {
        if (done != null) {
            return "Merged. To go back, use Edit > Undo " + done.description() + " in Crosswalk, or restore the "
                    + "backup made just before: " + done.backup();
        }
        if (preview.nothingToDo()) {
            return "Nothing was changed.";
        }
        if (blocked) {
            return "Nothing was changed: " + preview.undecided() + " differences need a decision. Decide them in "
                    + "Crosswalk (File > Merge Another Copy…), or run again with --take ours (keep this workspace’s "
                    + "versions) or --take theirs (take the other copy’s).";
        }
        return "Dry run: nothing was changed.";
    }
}
