package org.crosswalk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosswalk.app.cli.CrosswalkCommand;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.ui.DesktopLauncher;
import org.crosswalk.ui.UiServices;
import picocli.CommandLine;

/**
 * Entry point of the jar and the installers. No arguments, or one workspace file: the desktop
 * app. Anything else: the command line ({@code crosswalk --help}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.detect();
        Optional<Path> file = args.length == 1 ? workspaceArgument(args[0]) : Optional.empty();
        if (args.length == 0 || file.isPresent()) {
            Logging.configure(paths.logDir(), false);
            Wiring wiring = Wiring.create(paths);
            DesktopLauncher.launch(new UiServices(wiring.paths(), wiring.preferences(), wiring.files(),
                    wiring.catalogue(), wiring.sample()), file);
            return;
        }
        Logging.configure(paths.logDir(), false);
        int exit = new CommandLine(new CrosswalkCommand(() -> Wiring.create(paths))).execute(args);
        System.exit(exit);
    }

    /** A single argument naming an existing .crosswalk file (how file associations start us). */
    private static Optional<Path> workspaceArgument(String argument) {
        if (!argument.toLowerCase(java.util.Locale.ROOT).endsWith(".crosswalk")) {
            return Optional.empty();
        }
        Path path = Path.of(argument);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
