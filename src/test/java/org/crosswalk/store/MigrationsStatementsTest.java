package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a migration script into the statements SQLite runs one by one. */
class MigrationsStatementsTest {

    @Test
    void builtInScriptSplitsIntoOneStatementPerCreate() throws Exception {
        String script;
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/V001__workspace.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = Migrations.statements(script);
        long creates = script.lines().filter(line -> line.startsWith("CREATE ")).count();
        assertEquals(creates, statements.size());
        assertEquals(20, statements.size(), "11 tables and 9 indexes");
        for (String statement : statements) {
            assertTrue(statement.startsWith("CREATE "), statement);
            assertFalse(statement.endsWith(";"), statement);
            assertFalse(statement.contains("\n--"), "comment lines are dropped: " + statement);
        }
        assertTrue(statements.get(statements.size() - 1).startsWith("CREATE TABLE change_log"));
    }

    @Test
    void commentsBlankLinesAndMultiLineStatements() {
        String script = """
                -- header comment; with a semicolon;
                CREATE TABLE a (
                    x TEXT, -- trailing comment
                    y TEXT
                );

                  -- indented comment
                CREATE INDEX a_x ON a (x);   \t
                INSERT INTO a (x, y) VALUES ('semi;colon', 'b');
                """;
        assertEquals(List.of(
                "CREATE TABLE a (\n    x TEXT, -- trailing comment\n    y TEXT\n)",
                "CREATE INDEX a_x ON a (x)",
                "INSERT INTO a (x, y) VALUES ('semi;colon', 'b')"), Migrations.statements(script));
    }

    @Test
    void windowsLineEndingsAndNoFinalNewlineRunInSqlite() throws Exception {
        String script = "-- made on Windows\r\nCREATE TABLE a (x TEXT);\r\n\r\nCREATE TABLE b (y TEXT);";
        List<String> statements = Migrations.statements(script);
        assertEquals(2, statements.size(), statements.toString());
        assertEquals("CREATE TABLE a (x TEXT)", statements.get(0));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            assertEquals(List.of(Map.of("name", "a"), Map.of("name", "b")), StoreFixtures.query(connection,
                    "SELECT name FROM sqlite_schema ORDER BY name"));
        }
    }

    @Test
    void triggerBodyStaysOneStatement() {
        // Full-text search tables are kept in step by triggers whose bodies hold several statements.
        String script = """
                CREATE TABLE item (id TEXT PRIMARY KEY, text TEXT);
                CREATE TRIGGER item_ai AFTER INSERT ON item BEGIN
                    INSERT INTO item_fts (rowid, text) VALUES (new.rowid, new.text);
                    INSERT INTO log (what) VALUES ('insert');
                END;
                CREATE INDEX item_text ON item (text);
                """;
        List<String> statements = Migrations.statements(script);
        assertEquals(3, statements.size(), statements.toString());
        assertTrue(statements.get(1).startsWith("CREATE TRIGGER item_ai"));
        assertTrue(statements.get(1).endsWith("END"), statements.get(1));
        assertEquals("CREATE INDEX item_text ON item (text)", statements.get(2));
    }
}
