package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosswalk.search.Suggester;
import org.crosswalk.search.SuggestionEvaluation;
import org.crosswalk.search.Thesaurus;
import org.crosswalk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk evaluate WORKSPACE}: how well the suggestions find each priority's own links
 * (recall at 5 and 10, mean reciprocal rank), per priority and overall. Changes nothing.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure the paragraph suggestions on a workspace: for every priority that has links, hide "
                + "them, ask for suggestions and report recall@5, recall@10 and mean reciprocal rank.",
                "The workspace is opened read-only."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class EvaluateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        SuggestionEvaluation.Result result;
        try (Workspace workspace = parent.wiring().files().open(workspaceFile.toAbsolutePath().normalize(), true)) {
            result = SuggestionEvaluation.run(workspace.load(), new Suggester(workspace, Thesaurus.builtIn()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.rows().isEmpty()) {
            throw new CommandFailure("No priority in “" + workspaceFile.getFileName() + "” has links, so there is "
                    + "nothing to measure the suggestions against.");
        }
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            ArrayNode rows = root.putArray("priorities");
            for (SuggestionEvaluation.Row row : result.rows()) {
                rows.addObject().put("priority", row.priority()).put("links", row.links())
                        .put("recall_at_5", row.recallAt5()).put("recall_at_10", row.recallAt10())
                        .put("reciprocal_rank", row.reciprocalRank());
            }
            root.putObject("overall").put("recall_at_5", result.recallAt5()).put("recall_at_10", result.recallAt10())
                    .put("mean_reciprocal_rank", result.meanReciprocalRank());
            out.println(JSON.writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%-60s %5s %6s %6s %6s%n", "Priority", "links", "R@5", "R@10", "RR");
            for (SuggestionEvaluation.Row row : result.rows()) {
                out.printf(Locale.ROOT, "%-60.60s %5d %6.2f %6.2f %6.2f%n", row.priority(), row.links(),
                        row.recallAt5(), row.recallAt10(), row.reciprocalRank());
            }
            out.printf(Locale.ROOT, "%-60s %5s %6.2f %6.2f %6.2f%n", "Overall (mean of " + result.rows().size()
                    + " priorities)", "", result.recallAt5(), result.recallAt10(), result.meanReciprocalRank());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
