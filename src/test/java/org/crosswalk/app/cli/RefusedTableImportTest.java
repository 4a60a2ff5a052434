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
}
