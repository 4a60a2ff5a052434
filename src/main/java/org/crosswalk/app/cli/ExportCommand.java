package org.crosswalk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crosswalk.app.Wiring;
import org.crosswalk.export.ExportProblem;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.PaperBuilder;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.export.progress.ProgressReportBuilder;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.snapshot.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk export WORKSPACE --format F --out FILE}: the board paper, as the app's Export
 * writes it (same code), with the paper settings stored in the workspace; with {@code --progress
 * [--since SNAPSHOT]} the progress report instead.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the board paper (the mapping table) of a workspace as Word, PDF, HTML, Excel or CSV; "
                + "with --progress, the progress report for the board's follow-up meetings.",
                "Uses the paper settings saved in the workspace (title, headings, citations, optional sections). "
                        + "The workspace is opened read-only. An existing FILE is replaced; if writing fails, "
                        + "the earlier FILE is left as it was."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "docx, pdf, html, xlsx or csv. Default: from the ending of --out.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--snapshot", paramLabel = "SNAPSHOT", description = "Write the paper as it was when this "
            + "snapshot was taken (its number or name, as “crosswalk snapshots” lists them), not as it is now.")
    private String snapshot;

    @Option(names = "--progress", description = "Write the progress report (each priority's lead, status, due "
            + "date and latest update, what needs the board's attention) instead of the board paper.")
    private boolean progress;

    @Option(names = "--since", paramLabel = "SNAPSHOT", description = "With --progress: add what changed since this "
            + "snapshot was taken (its number or name).")
    private String since;

    @Override
    public Integer call() throws Exception {
        Wiring wiring = parent.wiring();
        Exporter exporter = exporter(wiring);
        if (since != null && !progress) {
            throw new ParameterException(spec.commandLine(), "--since belongs to the progress report: add --progress.");
        }
        if (progress && snapshot != null) {
            throw new ParameterException(spec.commandLine(), "--snapshot writes an old board paper; the progress "
                    + "report is always as things are now. To compare with a snapshot, use --since instead.");
        }
        if (progress) {
            return progressReport(wiring, exporter);
        }
        Paper paper;
        try (Workspace workspace = wiring.files().open(workspaceFile.toAbsolutePath().normalize(), true)) {
            paper = PaperBuilder.build(snapshot == null ? workspace.load()
                    : Snapshots.content(workspace, SnapshotArgument.find(workspace, snapshot).id()));
        }
        Path written = written(() -> wiring.exports().write(paper, exporter, out));
        int priorities = paper.themes().stream().mapToInt(t -> t.rows().size()).sum();
        long quotes = paper.themes().stream().flatMap(t -> t.rows().stream()).mapToLong(r -> r.quotes().size()).sum();
        return tell("Wrote the " + exporter.description() + " " + written + " (" + paper.themes().size()
                + " themes, " + priorities + " priorities, " + quotes + " quoted plan paragraphs).",
                exporter.caution(paper));
    }

    private int progressReport(Wiring wiring, Exporter exporter) throws Exception {
        ProgressReport report;
        try (Workspace workspace = wiring.files().open(workspaceFile.toAbsolutePath().normalize(), true)) {
            ProgressReportBuilder.Baseline baseline = since == null ? null
                    : ProgressReportBuilder.Baseline.of(workspace, SnapshotArgument.find(workspace, since));
            report = ProgressReportBuilder.build(workspace.load(), LocalDate.now(ZoneId.systemDefault()),
                    ZoneId.systemDefault(), baseline);
        }
        Path written = written(() -> wiring.exports().write(report, exporter, out));
        return tell("Wrote the progress report as a " + exporter.description() + " " + written + " ("
                + report.summaryLine().replaceFirst("\\.$", "")
                + (report.since() == null ? "" : "; " + report.since().changes().size() + " changes since the snapshot")
                + ").", exporter.caution(report));
    }

    /** Writing one document to --out. */
    private interface Writing {
        Path write() throws ExportProblem;
    }

    /** The file written, or the exporter's message as the command's failure. */
    private static Path written(Writing writing) throws CommandFailure {
        try {
            return writing.write();
        } catch (ExportProblem problem) {
            throw new CommandFailure(problem.getMessage(), problem);
        }
    }

    /** Prints what was written and, on the error stream, what the format could not show. */
    private int tell(String line, String caution) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(line);
        stdout.flush();
        if (caution != null) {
            PrintWriter stderr = spec.commandLine().getErr();
            stderr.println("Note: " + caution);
            stderr.flush();
        }
        return ExitCodes.OK;
    }

    private Exporter exporter(Wiring wiring) {
        String wanted = format;
        if (wanted == null) {
            String name = out.getFileName() == null ? "" : out.getFileName().toString();
            int dot = name.lastIndexOf('.');
            wanted = dot < 0 ? "" : name.substring(dot + 1);
        }
        String formats = wiring.exports().exporters().stream().map(Exporter::format)
                .collect(Collectors.joining(", "));
        String chosen = wanted.toLowerCase(Locale.ROOT);
        return wiring.exports().exporter(chosen).orElseThrow(() -> new ParameterException(spec.commandLine(),
                (format == null ? "Cannot tell the format from “" + out.getFileName() + "”"
                        : "Unknown format “" + format + "”") + ". Use --format with one of: " + formats + "."));
    }
}
