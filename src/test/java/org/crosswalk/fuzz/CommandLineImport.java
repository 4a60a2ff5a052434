package org.crosswalk.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosswalk.app.Wiring;
import org.crosswalk.app.cli.CrosswalkCommand;
import org.crosswalk.settings.AppPaths;

/**
 * An import command run as a person runs it ({@code crosswalk import-table WORKSPACE FILE}, in
 * process), into a fresh copy of a workspace: exit 0 with the workspace still opening, or exit 1
 * with one plain message and the workspace byte for byte what it was.
 */
final class CommandLineImport {
    private CommandLineImport() {
    }

    /** @param home the data folder of the one {@link Wiring} all cases share, as one person's would */
    static ReaderTarget target(String command, List<FuzzTarget.Seed> seeds, ReaderTarget.Damage damage,
                               FuzzTarget.Seed workspace, Path home) {
        Wiring wiring = Wiring.create(new AppPaths(home.resolve("data"), home));
        return new ReaderTarget(command, seeds, damage, (file, folder) -> {
            Path copy = Files.write(folder.resolve("board.crosswalk"), workspace.bytes());
            StringWriter err = new StringWriter();
            picocli.CommandLine commandLine = CrosswalkCommand.commandLine(() -> wiring);
            commandLine.setOut(new PrintWriter(new StringWriter(), true));
            commandLine.setErr(new PrintWriter(err, true));
            int exit = commandLine.execute(command, copy.toString(), file.toString());
            if (exit == 0) {
                try (var opened = wiring.files().open(copy, true)) {
                    opened.load();
                }
                return Outcome.valid();
            }
            if (exit != 1) {
                return Outcome.failure("exit " + exit + ": " + err);
            }
            if (!Arrays.equals(workspace.bytes(), Files.readAllBytes(copy))) {
                return Outcome.failure("refused (" + err.toString().strip() + ") but the workspace changed");
            }
            return Outcome.clearError(err.toString().strip());
        });
    }
}
