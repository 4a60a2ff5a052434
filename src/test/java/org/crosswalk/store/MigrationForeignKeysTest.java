package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.scalar;
import static org.crosswalk.store.StoreFixtures.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations run with foreign keys off (so rebuilding a table does not cascade into the rows that
 * refer to it), yet never commit a broken reference, and give the connection its setting back.
 */
class MigrationForeignKeysTest {
    private static final String V1 = "migrations/V001__workspace.sql";
    private static final String V2 = "migrations/V002__paper_settings.sql";
    private static final String BREAKS = "migrations/V003__test_breaks_reference.sql";
    private static final String PLAN_IMPORT = "migrations/V003__plan_import.sql";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private Path file;
    private WorkspaceContent original;

    @BeforeEach
    void writeSchemaTwoSample() throws Exception {
        file = dir.resolve("Sample.crosswalk");
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock, V1, V2), file)) {
            original = workspace.load();
        }
    }

    @Test
    void aMigrationThatWouldBreakAReferenceIsRolledBackAndTheFileKept() throws Exception {
        String before = sha256(file);
        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> StoreFixtures.files(clock, V1, V2, BREAKS).open(file, false));
        assertEquals(WorkspaceProblem.Kind.FAILED, problem.kind());
        assertTrue(problem.getMessage().contains("not changed"), problem.getMessage());
        assertTrue(problem.getCause().getMessage().contains("broken reference"), problem.getCause().getMessage());
        assertTrue(problem.getCause().getMessage().contains("link"), problem.getCause().getMessage());
        assertEquals(before, sha256(file));
        try (Workspace workspace = StoreFixtures.files(clock, V1, V2).open(file, false)) {
            assertEquals(original, workspace.load());
        }
    }

    @Test
    void theConnectionGetsItsForeignKeySettingBackAfterSuccessAndFailure() throws Exception {
        Path copy = dir.resolve("Copy.crosswalk");
        java.nio.file.Files.copy(file, copy);
        try (Connection connection = WorkspaceFiles.connect(file, false)) {
            assertEquals(1, foreignKeys(connection));
            new Migrations(List.of(V1, V2, PLAN_IMPORT)).migrate(connection, 2);
            assertEquals(1, foreignKeys(connection), "after an upgrade");
            assertTrue(connection.getAutoCommit());
        }
        assertEquals(original.links().size(), ((Number) scalar(file, "SELECT count(*) FROM link")).intValue());
        try (Connection connection = WorkspaceFiles.connect(copy, false)) {
            assertThrows(SQLException.class, () -> new Migrations(List.of(V1, V2, BREAKS)).migrate(connection, 2));
            assertEquals(1, foreignKeys(connection), "after a failed upgrade");
            assertTrue(connection.getAutoCommit());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = OFF");
            }
            new Migrations(List.of(V1, V2, PLAN_IMPORT)).migrate(connection, 2);
            assertEquals(0, foreignKeys(connection), "a connection that had them off keeps them off");
        }
    }

    @Test
    void aConnectionInATransactionIsRefused() throws Exception {
        try (Connection connection = WorkspaceFiles.connect(file, false)) {
            connection.setAutoCommit(false);
            assertThrows(IllegalStateException.class,
                    () -> new Migrations(List.of(V1, V2, PLAN_IMPORT)).migrate(connection, 2));
            connection.rollback();
        }
        assertEquals(2, ((Number) scalar(file, "PRAGMA user_version")).intValue());
        assertEquals(List.of(), StoreFixtures.query(file, "SELECT name FROM sqlite_schema WHERE name = 'plan_item_search'"));
        assertEquals(original.links().size(), StoreFixtures.query(file, "SELECT id FROM link").size());
        Map<String, Object> anyLink = StoreFixtures.query(file, "SELECT * FROM link LIMIT 1").get(0);
        assertTrue(anyLink.containsKey("plan_item_id"));
    }

    private static int foreignKeys(Connection connection) throws SQLException {
        return StoreFixtures.query(connection, "PRAGMA foreign_keys").get(0).values().iterator().next() instanceof
                Number n ? n.intValue() : -1;
    }
}
