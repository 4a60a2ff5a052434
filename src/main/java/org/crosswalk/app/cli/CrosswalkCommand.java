package org.crosswalk.app.cli;

import java.util.function.Supplier;
import org.crosswalk.app.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code crosswalk} command line. Subcommands are listed here, one class each. */
@Command(name = "crosswalk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Map a local board's priorities to the paragraphs of a national plan.",
                "Run without arguments, or with one .crosswalk file, to start the desktop app."},
        subcommands = {SampleCommand.class, InfoCommand.class, ExportCommand.class, ImportPlanCommand.class,
                ImportPrioritiesCommand.class, ImportTableCommand.class, EvaluateCommand.class, SuggestCommand.class,
                BackupsCommand.class, RestoreCommand.class, MergeCommand.class, SnapshotsCommand.class,
                CompareCommand.class},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
public final class CrosswalkCommand implements Runnable {
    private final Supplier<Wiring> wiring;

    @Spec
    private CommandSpec spec;

    public CrosswalkCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    /**
     * The command line ready to {@code execute}: user-facing errors print their message (no
     * stack trace) and exit with {@link ExitCodes#BAD_INPUT}; usage errors exit with
     * {@link ExitCodes#USAGE}. Main and the tests use exactly this.
     */
    public static CommandLine commandLine(Supplier<Wiring> wiring) {
        CommandLine commandLine = new CommandLine(new CrosswalkCommand(wiring));
        commandLine.setExecutionExceptionHandler(new Failures());
        commandLine.setParameterExceptionHandler(new Failures());
        return commandLine;
    }

    /** The parts of Crosswalk, built on first use (so {@code --help} builds nothing). */
    Wiring wiring() {
        return wiring.get();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
