package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fuzzer (docs/reliability.md, "Fuzzing every reader"): a table refused only after
 * the workspace had been opened for editing (a CSV cut short to "Theme,Pri") left the workspace
 * with other bytes than before (SQLite's change counter), though nothing was imported. The table is
 * now checked on a read-only view first.
 */
class RefusedTableImportTest {
    @TempDir
    Path home;

    @Test
    void aTableWithoutAPriorityColumnLeavesTheWorkspaceByteForByte() throws Exception {
        Cli cli = new Cli(home);
        Path workspace = home.resolve("board.crosswalk");
        assertEquals(0, cli.run("sample", "--out", workspace.toString()).exit());
        byte[] before = Files.readAllBytes(workspace);
        Path table = Files.writeString(home.resolve("cut.csv"), "Theme,Pri", StandardCharsets.UTF_8);

        Cli.Result result = cli.run("import-table", workspace.toString(), table.toString());

        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.errIsPlain() && result.err().contains("No column of the table"), result::toString);
        assertArrayEquals(before, Files.readAllBytes(workspace), "the workspace changed");
    }

    /** A workspace of an older Crosswalk cannot be viewed before upgrading: it is upgraded and imported into. */
    @Test
    void aWorkspaceOfAnOlderSchemaIsStillUpgradedAndImportedInto() throws Exception {
        Path workspace = home.resolve("old.crosswalk");
        StoreFixtures.files(new TestClock(), "migrations/V001__workspace.sql").create(workspace, "HWB", "").close();
        Path table = Files.writeString(home.resolve("priorities.csv"), "Theme,Priority\r\nPrevent,Reduce smoking\r\n",
                StandardCharsets.UTF_8);

        Cli cli = new Cli(home);
        Cli.Result result = cli.run("import-table", workspace.toString(), table.toString());

        assertEquals(0, result.exit(), result::toString);
        try (Workspace upgraded = StoreFixtures.files(new TestClock()).open(workspace, true)) {
            assertEquals("Reduce smoking", upgraded.load().priorities().get(0).title());
        }
    }

    /**
     * Found by the fuzzer: a CSV ending in Ctrl+Z (0x1A, the end-of-file mark of old DOS and Windows
     * programs) on a line of its own gave a theme of no visible title, which Crosswalk then could
     * not load (and now refuses to open as damaged). Such a cell is no theme.
     */
    @Test
    void aLastLineOfOnlyCtrlZMakesNoTheme() throws Exception {
        Cli cli = new Cli(home);
        Path workspace = home.resolve("board.crosswalk");
        assertEquals(0, cli.run("sample", "--out", workspace.toString()).exit());
        // Enough ordinary rows that one control character does not make the file look like binary data.
        Path table = Files.writeString(home.resolve("dos.csv"), "Theme,Priority\r\n"
                + "Prevent,Reduce smoking in pregnancy and in the homes of young children\r\n".repeat(5)
                + "\u001a", StandardCharsets.UTF_8);

        Cli.Result result = cli.run("import-priorities", workspace.toString(), table.toString());

        assertEquals(0, result.exit(), result::toString);
        try (Workspace imported = StoreFixtures.files(new TestClock()).open(workspace, true)) {
            assertTrue(imported.load().themes().stream().noneMatch(t -> t.title().isBlank()));
        }
    }
}
