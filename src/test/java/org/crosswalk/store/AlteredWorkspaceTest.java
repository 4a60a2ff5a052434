package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by the fuzzer (docs/reliability.md, "Fuzzing every reader"): workspaces SQLite reads
 * happily but another program has changed opened, then failed with raw SQL errors ("no such
 * table: chapter", "duplicate column name: lead") or as an "internal error". Each is now refused
 * as damaged, read-only and for editing, and the file is left byte for byte as it was.
 */
class AlteredWorkspaceTest {
    @TempDir
    static Path shared;
    private static byte[] sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSample() throws Exception {
        sample = Files.readAllBytes(StoreFixtures.closedSample(shared.resolve("sample.crosswalk")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DROP TABLE chapter",
        "ALTER TABLE board RENAME TO board_old",
        "ALTER TABLE priority RENAME COLUMN note TO note_x",
        "DROP TABLE plan_item_search_config",
        "PRAGMA user_version = 4",
        "PRAGMA user_version = -1",
        "UPDATE link SET id = 'not-an-id' WHERE rowid = 1",
        "UPDATE link SET plan_item_id = '5d1f9c1e-0000-4000-8000-000000000000' WHERE rowid = 1"})
    void aWorkspaceChangedByAnotherProgramIsRefusedAsDamaged(String change) throws Exception {
        Path file = Files.write(dir.resolve("Board.crosswalk"), sample);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute(change);
        }
        assertRefusedAsDamaged(file);
    }

    /** The header's schema format number (byte 44) is one SQLite does not know. */
    @Test
    void anUnknownSchemaFormatIsRefusedAsDamaged() throws Exception {
        Path file = Files.write(dir.resolve("Board.crosswalk"), sample);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(44);
            raw.writeInt(0x29be968e);
        }
        assertRefusedAsDamaged(file);
    }

    @Test
    void aTableOfThePersonsOwnIsAllowed() throws Exception {
        Path file = Files.write(dir.resolve("Board.crosswalk"), sample);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE my_notes (note TEXT)");
        }
        try (Workspace workspace = StoreFixtures.files(new TestClock()).open(file, false)) {
            assertEquals(3, workspace.load().themes().size());
        }
    }

    private static void assertRefusedAsDamaged(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        for (boolean readOnly : new boolean[] {true, false}) {
            WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                    () -> StoreFixtures.files(new TestClock()).open(file, readOnly).close());
            assertEquals(WorkspaceProblem.Kind.DAMAGED, problem.kind(), problem.getMessage());
            assertTrue(problem.getMessage().startsWith("“Board.crosswalk” is damaged")
                    && problem.getMessage().contains("left it untouched")
                    && problem.getMessage().contains("backup"), problem.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file), "the file changed");
        }
    }
}
