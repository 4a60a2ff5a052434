package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosswalk.app.Wiring;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk info FILE}: what a workspace holds. Opens it read-only, so it works while
 * the desktop app has the file open, and never changes it.
 */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show what a workspace holds.",
                "Board, title, schema version, its plans (label, title, edition, items), and counts of themes, "
                        + "priorities, sub-items and links, of priorities marked “no mention”, and of priorities "
                        + "not yet mapped (neither links nor a “no mention” statement).",
                "The file is opened read-only: this works while Crosswalk has it open, and never changes it."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class InfoCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A workspace file (.crosswalk).")
    private Path file;

    @Option(names = "--json", description = "Print the same facts as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Wiring wiring = parent.wiring();
        Path path = file.toAbsolutePath().normalize();
        WorkspaceContent content;
        try (Workspace workspace = wiring.files().open(path, true)) {
            content = workspace.load();
        }
        // A read-only open refuses older and newer schemas, so the file is at the current version.
        WorkspaceSummary summary = WorkspaceSummary.of(path.toString(), wiring.files().schemaVersion(), content);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(JSON.writeValueAsString(summary));
        } else {
            print(stdout, summary);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, WorkspaceSummary summary) {
        WorkspaceSummary.Counts counts = summary.counts();
        row(out, "File", summary.file());
        row(out, "Board", summary.board());
        row(out, "Title", summary.title().isEmpty() ? "(none)" : summary.title());
        row(out, "Schema version", Integer.toString(summary.schemaVersion()));
        row(out, "Plans", Integer.toString(counts.plans()));
        for (WorkspaceSummary.PlanSummary plan : summary.plans()) {
            String edition = plan.edition() == null || plan.edition().isBlank() ? "" : " (" + plan.edition() + ")";
            out.println("  " + plan.label() + ": " + plan.title() + edition + ", "
                    + WorkspaceSummary.plural(plan.items(), "item"));
        }
        row(out, "Themes", Integer.toString(counts.themes()));
        row(out, "Priorities", Integer.toString(counts.priorities()));
        row(out, "Sub-items", Integer.toString(counts.subItems()));
        row(out, "Links", Integer.toString(counts.links()));
        row(out, "No mention", counts.noMention() + " (priorities the plan does not mention)");
        row(out, "Not yet mapped", counts.unmapped() + " (priorities with neither links nor “no mention”)");
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("%-16s%s%n", label + ":", value);
    }
}
