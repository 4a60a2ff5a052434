package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.assertNoSidecars;
import static org.crosswalk.store.StoreFixtures.sha256;
import static org.crosswalk.store.WorkspaceProblem.Kind.DAMAGED;
import static org.crosswalk.store.WorkspaceProblem.Kind.NEWER_VERSION;
import static org.crosswalk.store.WorkspaceProblem.Kind.NOT_A_WORKSPACE;
import static org.crosswalk.store.WorkspaceProblem.Kind.NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not healthy Crosswalk workspaces: each is refused with a message that names
 * the file and says what to do, and is left byte for byte as it was, with nothing beside it.
 */
class BadFilesTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();

    @FunctionalInterface
    interface BadFile {
        /** Writes the bad file into the folder and returns its path. */
        Path make(Path dir) throws Exception;
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("a text file renamed .crosswalk", (BadFile) BadFilesTest::textFile, NOT_A_WORKSPACE,
                        "File > New"),
                Arguments.of("an empty file", (BadFile) BadFilesTest::emptyFile, NOT_A_WORKSPACE, "File > New"),
                Arguments.of("an empty SQLite database", (BadFile) BadFilesTest::emptyDatabase, NOT_A_WORKSPACE,
                        "File > New"),
                Arguments.of("another program's SQLite database", (BadFile) BadFilesTest::otherProgram,
                        NOT_A_WORKSPACE, "File > New"),
                Arguments.of("a SQLite file of another application", (BadFile) BadFilesTest::otherApplication,
                        NOT_A_WORKSPACE, "File > New"),
                Arguments.of("a workspace cut to half its length", (BadFile) BadFilesTest::truncated, DAMAGED,
                        "Open an earlier copy or a backup"),
                Arguments.of("a workspace with bytes overwritten", (BadFile) BadFilesTest::overwritten, DAMAGED,
                        "Open an earlier copy or a backup"),
                Arguments.of("a workspace from a newer Crosswalk", (BadFile) BadFilesTest::newer, NEWER_VERSION,
                        "Install the latest Crosswalk"),
                Arguments.of("a missing file", (BadFile) folder -> folder.resolve("Gone.crosswalk"), NOT_FOUND,
                        "File > Open"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("badFiles")
    void refusedAndLeftUntouched(String what, BadFile bad, WorkspaceProblem.Kind kind, String advice)
            throws Exception {
        Path file = bad.make(dir);
        String before = Files.exists(file) ? sha256(file) : null;

        for (boolean readOnly : new boolean[] {false, true}) {
            WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                    () -> StoreFixtures.files(clock).open(file, readOnly), what);
            String message = problem.getMessage();
            assertEquals(kind, problem.kind(), what + ": " + message);
            assertTrue(message.contains("“" + file.getFileName() + "”"), "names the file: " + message);
            assertTrue(message.contains(advice), "says what to do: " + message);
            assertFalse(message.contains("SQLITE") || message.contains("Exception"), "no jargon: " + message);
            assertFalse(problem.canOpenReadOnly(), what);

            if (before == null) {
                assertFalse(Files.exists(file), what);
            } else {
                assertEquals(before, sha256(file), what + ": the file's bytes changed");
            }
            assertNoSidecars(file);
        }
    }

    private static Path textFile(Path dir) throws Exception {
        Path file = dir.resolve("Minutes.crosswalk");
        Files.writeString(file, "Minutes of the Health Improvement Board, 14 February 2019\n".repeat(20),
                StandardCharsets.UTF_8);
        return file;
    }

    private static Path emptyFile(Path dir) throws Exception {
        return Files.createFile(dir.resolve("Empty.crosswalk"));
    }

    private static Path emptyDatabase(Path dir) throws Exception {
        Path file = dir.resolve("Blank.crosswalk");
        sql(file, "CREATE TABLE t (x)", "DROP TABLE t");
        assertTrue(Files.size(file) > 0);
        return file;
    }

    private static Path otherProgram(Path dir) throws Exception {
        // Many programs version their schema with user_version but set no application id.
        Path file = dir.resolve("places.crosswalk");
        sql(file, "CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)",
                "INSERT INTO places (url) VALUES ('https://www.longtermplan.nhs.uk/')", "PRAGMA user_version = 7");
        return file;
    }

    private static Path otherApplication(Path dir) throws Exception {
        Path file = dir.resolve("map.crosswalk");
        sql(file, "CREATE TABLE gpkg_contents (table_name TEXT)", "PRAGMA application_id = 1196444487",
                "PRAGMA user_version = 10300");
        return file;
    }

    private static Path truncated(Path dir) throws Exception {
        Path file = StoreFixtures.closedSample(dir.resolve("Cut short.crosswalk"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }

    private static Path overwritten(Path dir) throws Exception {
        Path file = StoreFixtures.closedSample(dir.resolve("Overwritten.crosswalk"));
        long root = ((Number) StoreFixtures.scalar(file,
                "SELECT rootpage FROM sqlite_schema WHERE name = 'plan_item'")).longValue();
        int pageSize = SqliteHeader.read(file).pageSize();
        assertTrue(root * pageSize < Files.size(file));
        byte[] garbage = new byte[pageSize];
        Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek((root - 1) * pageSize);
            out.write(garbage);
        }
        return file;
    }

    private static Path newer(Path dir) throws Exception {
        Path file = StoreFixtures.closedSample(dir.resolve("From the future.crosswalk"));
        sql(file, "PRAGMA user_version = 99");
        return file;
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection connection = StoreFixtures.raw(file); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        assertNoSidecars(file);
    }
}
