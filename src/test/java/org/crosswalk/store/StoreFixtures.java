package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;

/** Helpers shared by the store tests: real files, raw SQLite access, hashes. */
public final class StoreFixtures {
    public static final String AUTHOR = "Jane Officer";
    /** The tables of schema version 1 that hold the user's data (not the change log). */
    public static final List<String> DATA_TABLES = List.of("workspace_info", "board", "plan", "chapter", "section",
            "plan_item", "theme", "priority", "sub_item", "link");

    private StoreFixtures() {
    }

    public static WorkspaceFiles files(TestClock clock) {
        return new WorkspaceFiles(() -> AUTHOR, clock);
    }

    public static WorkspaceFiles files(TestClock clock, String... migrationScripts) {
        return new WorkspaceFiles(() -> AUTHOR, clock, new Migrations(List.of(migrationScripts)));
    }

    /** The sample (Oxfordshire HIB on the NHS Long Term Plan) written to {@code file}, open. */
    public static Workspace sample(WorkspaceFiles files, Path file) throws Exception {
        return new SampleWorkspace(new PlanCatalogue()).create(files, file);
    }

    /** The sample written to {@code file} and closed again. */
    public static Path closedSample(Path file) throws Exception {
        try (Workspace workspace = sample(files(new TestClock()), file)) {
            return workspace.path();
        }
    }

    public static String sha256(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the files in {@code folder}, sorted. */
    public static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** No SQLite journal, shared-memory or Crosswalk lock file lies beside {@code file}. */
    public static void assertNoSidecars(Path file) throws IOException {
        List<String> sidecars = listing(file.getParent()).stream()
                .filter(name -> name.startsWith(file.getFileName().toString()) && !name.equals(
                        file.getFileName().toString()))
                .toList();
        assertEquals(List.of(), sidecars, "files left beside " + file.getFileName());
    }

    /** A plain SQLite connection, as another tool (sqlite3, DB Browser) would open the file. */
    public static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public static List<Map<String, Object>> query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnName(c), rows.getObject(c));
                }
                result.add(row);
            }
            return result;
        }
    }

    public static List<Map<String, Object>> query(Path file, String sql) throws SQLException {
        try (Connection connection = raw(file)) {
            return query(connection, sql);
        }
    }

    public static Object scalar(Path file, String sql) throws SQLException {
        List<Map<String, Object>> rows = query(file, sql);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    /**
     * Every row of every data table, all columns (including created/modified stamps), ordered by
     * id: two dumps are equal only if the files hold exactly the same data.
     */
    public static Map<String, List<Map<String, Object>>> dump(Path file) throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Connection connection = raw(file)) {
            for (String table : DATA_TABLES) {
                String order = table.equals("workspace_info") ? "key" : "id";
                tables.put(table, query(connection, "SELECT * FROM " + table + " ORDER BY " + order));
            }
        }
        return tables;
    }
}
