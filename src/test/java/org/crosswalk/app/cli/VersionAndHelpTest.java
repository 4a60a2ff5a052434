package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionAndHelpTest {
    @TempDir
    Path home;

    @Test
    void versionIsTheBuiltVersion() {
        Cli.Result result = new Cli(home).run("--version");
        assertEquals(0, result.exit(), result::toString);
        assertEquals("crosswalk 0.1.0", result.out().strip());
        assertEquals("", result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sample", "info"})
    void helpListsTheExitCodes(String command) {
        Cli.Result result = command.isEmpty() ? new Cli(home).run("--help") : new Cli(home).run(command, "--help");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Exit codes:"), result::toString);
        assertTrue(result.out().contains("1   Bad input or file"), result::toString);
        assertTrue(result.out().contains("2   Usage error"), result::toString);
    }

    @Test
    void topLevelHelpNamesTheCommands() {
        Cli.Result result = new Cli(home).run("--help");
        assertTrue(result.out().matches("(?s).*\\bsample +Write the sample workspace\\..*"), result::toString);
        assertTrue(result.out().matches("(?s).*\\binfo +Show what a workspace holds\\..*"), result::toString);
        assertTrue(result.out().matches("(?s).*\\bimport-plan +Read a national plan.*"), result::toString);
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Result result = new Cli(home).run("infoo", "x.crosswalk");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("Did you mean: crosswalk info?"), result::toString);
        assertTrue(result.err().contains("crosswalk --help"), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result result = new Cli(home).run("info", "--yaml", "x.crosswalk");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--yaml"), result::toString);
        assertTrue(result.err().contains("crosswalk info --help"), result::toString);
    }
}
