package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.AUTHOR;
import static org.crosswalk.store.StoreFixtures.assertNoSidecars;
import static org.crosswalk.store.StoreFixtures.query;
import static org.crosswalk.store.StoreFixtures.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.PlannedEdit;
import org.crosswalk.store.edit.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What File > New writes: a marked, versioned SQLite file with the whole schema. */
class NewWorkspaceFileTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();

    @Test
    void newFileIsMarkedVersionedAndInWalModeWhileOpen() throws Exception {
        Path file = dir.resolve("Board.crosswalk");
        try (Workspace workspace = StoreFixtures.files(clock).create(file, "  Oxfordshire HIB ", "Mapping")) {
            assertEquals(Migrations.APPLICATION_ID, 0x43525357);
            assertEquals(0x43525357, ((Number) scalar(file, "PRAGMA application_id")).intValue());
            assertEquals(Migrations.builtIn().latest(), ((Number) scalar(file, "PRAGMA user_version")).intValue());
            assertEquals("wal", scalar(file, "PRAGMA journal_mode"));
            assertTrue(Files.exists(dir.resolve("Board.crosswalk-lock")), "lock file while open");

            WorkspaceContent content = workspace.load();
            assertEquals("Oxfordshire HIB", content.board().name());
            assertEquals("Mapping", content.board().title());
            assertEquals(List.of(), content.plans());
            assertEquals(List.of(), content.themes());
        }
        assertNoSidecars(file);
        SqliteHeader header = SqliteHeader.read(file);
        assertEquals(Migrations.APPLICATION_ID, header.applicationId());
        assertEquals(Migrations.builtIn().latest(), header.userVersion());
    }

    @Test
    void newFileHasEveryTable() throws Exception {
        Path file = dir.resolve("Tables.crosswalk");
        StoreFixtures.files(clock).create(file, "Board", "").close();
        // Leaving out the tables SQLite's full-text search keeps for itself (plan_item_search_data, ...).
        Set<String> tables = query(file, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                + "'CREATE VIRTUAL TABLE%' AND name NOT GLOB 'plan_item_search_*' AND name NOT GLOB 'plan_item_words_*'")
                .stream().map(row -> (String) row.get("name")).collect(Collectors.toSet());
        assertEquals(Set.of("workspace_info", "board", "plan", "chapter", "section", "plan_item", "theme",
                "priority", "sub_item", "link", "change_log", "paper_setting", "suggestion_dismissal", "sqlite_sequence",
                "deleted_row", "merge_seen", "change_row", "snapshot"),
                tables);
        Set<String> search = query(file, "SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%' "
                + "OR type = 'view'").stream().map(row -> (String) row.get("name")).collect(Collectors.toSet());
        assertEquals(Set.of("plan_item_search", "plan_item_search_vocab", "plan_item_words", "plan_item_words_vocab",
                "plan_item_search_source"),
                search);
        Map<String, Object> board = query(file, "SELECT * FROM board").get(0);
        assertEquals(AUTHOR, board.get("created_by"));
        assertEquals(AUTHOR, board.get("modified_by"));
        assertEquals("2019-02-14T09:30:00Z", board.get("created_at"));
        assertEquals(Set.of("workspace_id", "created_at", "change_rows_from_seq"), query(file,
                "SELECT key FROM workspace_info").stream()
                .map(row -> row.get("key")).collect(Collectors.toSet()));
    }

    @Test
    void foreignKeysAreEnforcedOnTheWorkspaceConnection() throws Exception {
        Path file = dir.resolve("Keys.crosswalk");
        try (Workspace workspace = StoreFixtures.files(clock).create(file, "Board", "")) {
            WorkspaceContent before = workspace.load();
            // A priority under a theme that does not exist: only foreign_keys=ON stops it.
            SQLException refused = assertThrows(SQLException.class, () -> workspace.history().execute(context ->
                    new PlannedEdit("Orphan", List.of(context.insert(Tables.PRIORITY, UUID.randomUUID(),
                            Map.of("theme_id", UUID.randomUUID().toString(), "title", "Orphan", "position", 0))))));
            assertTrue(refused.getMessage().contains("FOREIGN KEY"), refused.getMessage());
            assertEquals(before, workspace.load());
            assertEquals(0L, ((Number) scalar(file, "SELECT count(*) FROM change_log")).longValue());
        }
    }

    @Test
    void createReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("Old.crosswalk");
        Files.writeString(file, "an old file that the user chose to replace");
        StoreFixtures.files(clock).create(file, "Board", "").close();
        assertEquals(List.of("Old.crosswalk"), StoreFixtures.listing(dir));
        assertEquals(Migrations.builtIn().latest(), ((Number) scalar(file, "PRAGMA user_version")).intValue());
    }

    @Test
    void createInAMissingFolderFailsAndWritesNothing() {
        Path file = dir.resolve("missing").resolve("New.crosswalk");
        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> StoreFixtures.files(clock).create(file, "Board", ""));
        assertEquals(WorkspaceProblem.Kind.CANNOT_WRITE, problem.kind());
        assertTrue(problem.getMessage().contains("“New.crosswalk”"), problem.getMessage());
        assertTrue(problem.getMessage().contains("Check that the folder exists"), problem.getMessage());
        assertTrue(Files.notExists(dir.resolve("missing")));
    }

    @Test
    void aFolderForANewFileIsMadeOrTheMessageNamesIt() throws Exception {
        Path nested = dir.resolve("Documents").resolve("Crosswalk").resolve("Sample.crosswalk");
        WorkspaceFiles.makeFolderFor(nested);
        assertTrue(Files.isDirectory(nested.getParent()));

        Path blocker = Files.writeString(dir.resolve("Offline drive"), "a file where a folder should be");
        Path blocked = blocker.resolve("Crosswalk").resolve("Sample.crosswalk");
        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class, () -> WorkspaceFiles.makeFolderFor(blocked));
        assertEquals(WorkspaceProblem.Kind.CANNOT_WRITE, problem.kind());
        assertTrue(problem.getMessage().startsWith("Crosswalk could not create “Sample.crosswalk” because it could "
                + "not make the folder " + blocked.getParent() + ". Nothing was written."), problem.getMessage());
        assertTrue(problem.getMessage().contains("a network drive may be offline"), problem.getMessage());
    }
}
