package org.crosswalk.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.crosswalk.app.cli.CrosswalkCommand;
import org.crosswalk.app.cli.ExitCodes;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.ui.DesktopLauncher;
import org.crosswalk.ui.UiServices;
import picocli.CommandLine;

/**
 * Entry point of the jar and the installers. No arguments, or one existing workspace file: the
 * desktop app. Anything else: the command line ({@code crosswalk --help}).
 *
 * <p>This class is deliberately not a JavaFX {@code Application}: with JavaFX on the class path,
 * the java launcher refuses to start an {@code Application} subclass directly.
 */
public final class Main {
    private Main() {
    }

    /** What the arguments ask for. */
    sealed interface Launch {
        /** The desktop app, optionally opening one workspace (how file associations start us). */
        record Desktop(Optional<Path> file) implements Launch {
        }

        /** The command line. */
        record Cli(String[] args) implements Launch {
        }

        /** One argument that names a workspace file which is not there. */
        record MissingFile(Path file) implements Launch {
        }
    }

    public static void main(String[] args) {
        Launch launch = decide(args);
        if (launch instanceof Launch.Desktop desktop) {
            DesktopLauncher.phase("main");
            // JavaFX starts at once; the log file, the preferences and the rest are set up meanwhile.
            DesktopLauncher.launch(Main::desktopServices, desktop.file());
            return;
        }
        AppPaths paths = pathsWithLog();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exit = launch instanceof Launch.Cli cli
                ? runCli(cli.args(), paths, out, err)
                : missingFile(((Launch.MissingFile) launch).file(), err);
        System.exit(exit);
    }

    /** What the desktop app needs, with the log file set up first (runs beside JavaFX's start). */
    private static UiServices desktopServices() {
        AppPaths paths = pathsWithLog();
        Wiring wiring = Wiring.create(paths);
        return new UiServices(Version.current(), wiring.paths(), wiring.preferences(), wiring.files(),
                wiring.catalogue(), wiring.sample(), wiring.exports());
    }

    /** Where Crosswalk keeps its things, with the log file there set up. */
    private static AppPaths pathsWithLog() {
        AppPaths paths = AppPaths.detect();
        Logging.configure(paths.logDir(), false);
        return paths;
    }

    /** Decides between the desktop app and the command line, without starting either. */
    static Launch decide(String[] args) {
        if (args.length == 0) {
            return new Launch.Desktop(Optional.empty());
        }
        if (args.length == 1 && isWorkspaceName(args[0])) {
            Path path = Path.of(args[0]);
            return Files.isRegularFile(path) ? new Launch.Desktop(Optional.of(path)) : new Launch.MissingFile(path);
        }
        return new Launch.Cli(args.clone());
    }

    /** Runs the command line with the given streams and returns its exit code. */
    static int runCli(String[] args, AppPaths paths, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = CrosswalkCommand.commandLine(() -> Wiring.create(paths));
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static int missingFile(Path file, PrintWriter err) {
        Path absolute = file.toAbsolutePath().normalize();
        err.println("“" + absolute.getFileName() + "” was not found in " + absolute.getParent()
                + ". It may have been moved, renamed or deleted. Run “crosswalk --help” for the commands.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static boolean isWorkspaceName(String argument) {
        return argument.toLowerCase(Locale.ROOT).endsWith(".crosswalk") && !argument.startsWith("-");
    }
}
