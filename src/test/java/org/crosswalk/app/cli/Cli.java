package org.crosswalk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.crosswalk.app.Wiring;
import org.crosswalk.settings.AppPaths;

/** Runs the real command line in-process, with its own data folder and captured output. */
final class Cli {
    private final Wiring wiring;

    Cli(Path home) {
        this.wiring = Wiring.create(new AppPaths(home.resolve("data"), home.resolve("workspaces")));
    }

    Wiring wiring() {
        return wiring;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine commandLine = CrosswalkCommand.commandLine(() -> wiring);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    record Result(int exit, String out, String err) {
        /** Error output is for people: one message, never a stack trace. */
        boolean errIsPlain() {
            return !err.contains("\tat ") && !err.contains("Exception") && !err.contains("org.crosswalk.");
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
