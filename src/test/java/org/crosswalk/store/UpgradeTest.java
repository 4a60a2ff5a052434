package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.assertNoSidecars;
import static org.crosswalk.store.StoreFixtures.listing;
import static org.crosswalk.store.StoreFixtures.query;
import static org.crosswalk.store.StoreFixtures.scalar;
import static org.crosswalk.store.StoreFixtures.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a file written by the previous Crosswalk (schema 1) with a newer one (schema 2, a
 * test-only migration): a backup first, then the upgrade, keeping every row.
 */
class UpgradeTest {
    // "V1" is schema version 2; "V2" a test-only next version (3) on top of it.
    private static final String[] V1 = {"migrations/V001__workspace.sql", "migrations/V002__paper_settings.sql"};
    private static final String V2 = "migrations/V003__test_add_column.sql";
    private static final String V2_FAILING = "migrations/V003__test_failing.sql";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private Path file;
    private WorkspaceContent original;
    private Map<String, List<Map<String, Object>>> originalRows;

    @BeforeEach
    void writeVersionOneFile() throws Exception {
        file = dir.resolve("Oxfordshire HIB.crosswalk");
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock, V1[0], V1[1]), file)) {
            original = workspace.load();
        }
        originalRows = StoreFixtures.dump(file);
        assertEquals(2, SqliteHeader.read(file).userVersion());
        clock.advance(Duration.ofDays(30));
    }

    @Test
    void upgradeWritesABackupBesideTheFileThenMigratesKeepingAllData() throws Exception {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm-ss")
                .format(clock.instant().atZone(ZoneId.systemDefault()));
        String backupName = "Oxfordshire HIB (backup before upgrade, " + stamp + ").crosswalk";
        WorkspaceFiles version2 = StoreFixtures.files(clock, V1[0], V1[1], V2);
        assertEquals(3, version2.schemaVersion());

        try (Workspace workspace = version2.open(file, false)) {
            assertEquals(original, workspace.load());
        }
        assertEquals(List.of(backupName, "Oxfordshire HIB.crosswalk"), listing(dir));
        assertEquals(3, ((Number) scalar(file, "PRAGMA user_version")).intValue());
        assertEquals(Migrations.APPLICATION_ID, ((Number) scalar(file, "PRAGMA application_id")).intValue());
        assertEquals(13L, ((Number) scalar(file, "SELECT count(*) FROM priority WHERE lead = ''")).longValue());
        assertEquals(0L, ((Number) scalar(file, "SELECT count(*) FROM meeting")).longValue());
        // Every row of every table, with its stamps, is still there (the new column aside).
        Map<String, List<Map<String, Object>>> upgraded = StoreFixtures.dump(file);
        upgraded.get("priority").forEach(row -> row.remove("lead"));
        assertEquals(originalRows, upgraded);
        assertEquals(2L, ((Number) scalar(file, "SELECT count(*) FROM change_log")).longValue());

        // The backup is the version-1 file as it was: the previous Crosswalk opens it.
        Path backup = dir.resolve(backupName);
        assertEquals(2, SqliteHeader.read(backup).userVersion());
        assertEquals(Migrations.APPLICATION_ID, SqliteHeader.read(backup).applicationId());
        assertEquals(originalRows, StoreFixtures.dump(backup));
        try (Workspace old = StoreFixtures.files(clock, V1[0], V1[1]).open(backup, false)) {
            assertEquals(original, old.load());
        }
        assertNoSidecars(backup);
    }

    @Test
    void upgradedFileIsNotBackedUpAgain() throws Exception {
        WorkspaceFiles version2 = StoreFixtures.files(clock, V1[0], V1[1], V2);
        version2.open(file, false).close();
        clock.advance(Duration.ofMinutes(5));
        try (Workspace again = version2.open(file, false)) {
            assertEquals(original, again.load());
        }
        assertEquals(2, listing(dir).size(), listing(dir).toString());
    }

    @Test
    void newerFileIsRefusedByThePreviousVersion() throws Exception {
        StoreFixtures.files(clock, V1[0], V1[1], V2).open(file, false).close();
        String before = sha256(file);
        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> StoreFixtures.files(clock, V1[0], V1[1]).open(file, false));
        assertEquals(WorkspaceProblem.Kind.NEWER_VERSION, problem.kind());
        assertTrue(problem.getMessage().contains("Install the latest Crosswalk"), problem.getMessage());
        assertEquals(before, sha256(file));
    }

    @Test
    void failingMigrationLeavesTheFileExactlyAsItWas() throws Exception {
        String before = sha256(file);
        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> StoreFixtures.files(clock, V1[0], V1[1], V2_FAILING).open(file, false));
        assertTrue(problem.getMessage().contains("“Oxfordshire HIB.crosswalk”"), problem.getMessage());
        assertTrue(problem.getMessage().contains("not changed"), problem.getMessage());
        assertFalse(problem.canOpenReadOnly());

        assertEquals(before, sha256(file), "file bytes");
        assertNoSidecars(file);
        assertEquals(2, ((Number) scalar(file, "PRAGMA user_version")).intValue());
        assertEquals(List.of(), query(file, "SELECT name FROM sqlite_schema WHERE name = 'meeting'"));
        try (Workspace workspace = StoreFixtures.files(clock, V1[0], V1[1]).open(file, false)) {
            assertEquals(original, workspace.load());
        }
    }
}
