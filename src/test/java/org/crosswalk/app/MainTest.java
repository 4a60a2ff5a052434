package org.crosswalk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosswalk.settings.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How Main chooses between the desktop app and the command line (JavaFX is never started here). */
class MainTest {
    @TempDir
    Path home;

    @Test
    void noArgumentsStartTheDesktopApp() {
        assertEquals(new Main.Launch.Desktop(Optional.empty()), Main.decide(new String[0]));
    }

    @Test
    void oneExistingWorkspaceOpensItInTheDesktopApp() throws Exception {
        Path file = Files.writeString(home.resolve("Board Plan.CROSSWALK"), "x");

        assertEquals(new Main.Launch.Desktop(Optional.of(file)), Main.decide(new String[] {file.toString()}));
    }

    @Test
    void oneMissingWorkspaceIsReportedNotPassedToTheCommandLine() {
        Path file = home.resolve("gone.crosswalk");

        assertEquals(new Main.Launch.MissingFile(file), Main.decide(new String[] {file.toString()}));
        StringWriter err = new StringWriter();
        assertEquals(1, Main.missingFile(file, new PrintWriter(err)));
        assertTrue(err.toString().startsWith("“gone.crosswalk” was not found in " + home), err::toString);
    }

    @Test
    void commandsAndOptionsGoToTheCommandLine() throws Exception {
        Path file = Files.writeString(home.resolve("a.crosswalk"), "x");
        for (String[] args : new String[][] {{"--version"}, {"--help"}, {"info", file.toString()},
                {"sample", "--out", "x.crosswalk"}, {file.toString(), "--json"}, {"notes.txt"}}) {
            Main.Launch launch = Main.decide(args);
            assertInstanceOf(Main.Launch.Cli.class, launch, String.join(" ", args));
            assertArrayEquals(args, ((Main.Launch.Cli) launch).args());
        }
    }

    @Test
    void aDirectoryNamedLikeAWorkspaceIsNotOpened() throws Exception {
        Path folder = Files.createDirectories(home.resolve("folder.crosswalk"));

        assertInstanceOf(Main.Launch.MissingFile.class, Main.decide(new String[] {folder.toString()}));
    }

    @Test
    void theCommandLineRunsWithTheGivenStreamsAndReturnsItsExitCode() {
        AppPaths paths = new AppPaths(home.resolve("data"), home.resolve("workspaces"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertEquals(0, Main.runCli(new String[] {"--version"}, paths, new PrintWriter(out), new PrintWriter(err)));
        assertEquals("crosswalk 0.1.0", out.toString().strip());

        Path target = home.resolve("out").resolve("s.crosswalk");
        assertEquals(0, Main.runCli(new String[] {"sample", "--out", target.toString()}, paths, new PrintWriter(out),
                new PrintWriter(err)));
        assertTrue(Files.isRegularFile(target));
        assertEquals(1, Main.runCli(new String[] {"sample", "--out", target.toString()}, paths, new PrintWriter(out),
                new PrintWriter(err)));
        assertEquals(2, Main.runCli(new String[] {"frobnicate"}, paths, new PrintWriter(out), new PrintWriter(err)));
    }
}
