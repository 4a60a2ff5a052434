package org.crosswalk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Forward-only schema migrations: migration N takes a file from {@code user_version} N-1 to N.
 * The SQL lives in numbered files beside this class so other tools can read the schema.
 */
public final class Migrations {
    /** Marks a SQLite file as a Crosswalk workspace ("CRSW"). */
    public static final int APPLICATION_ID = 0x43525357;

    private static final List<String> BUILT_IN = List.of("migrations/V001__workspace.sql",
            "migrations/V002__paper_settings.sql", "migrations/V003__plan_import.sql",
            "migrations/V004__suggestion_dismissal.sql", "migrations/V005__priority_lead.sql",
            "migrations/V006__merge_records.sql", "migrations/V007__priority_progress.sql",
            "migrations/V008__history_and_snapshots.sql");

    private final List<String> scripts;

    Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    public static Migrations builtIn() {
        return new Migrations(BUILT_IN);
    }

    /** The first {@code version} migrations: what a file of that schema version was made with. */
    Migrations upTo(int version) {
        return new Migrations(scripts.subList(0, version));
    }

    List<String> scripts() {
        return scripts;
    }

    /** The schema version this Crosswalk writes. */
    public int latest() {
        return scripts.size();
    }

    /**
     * Brings the file from {@code from} to {@link #latest()} in one transaction.
     *
     * <p>Foreign keys are off while the scripts run (SQLite's procedure for changing a table's
     * definition: a migration may rebuild a table, and dropping the old one with foreign keys on
     * would delete every row that refers to it through ON DELETE CASCADE). Before committing,
     * {@code PRAGMA foreign_key_check} must find every reference intact, or nothing is changed.
     * The connection's foreign-key setting is restored afterwards. The connection must be in
     * auto-commit mode: SQLite ignores the foreign-key switch inside a transaction.
     */
    void migrate(Connection connection, int from) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("Migrations need a connection in auto-commit mode");
        }
        boolean foreignKeys = booleanPragma(connection, "foreign_keys");
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            connection.setAutoCommit(false);
            try {
                for (int version = from + 1; version <= latest(); version++) {
                    for (String sql : statements(read(scripts.get(version - 1)))) {
                        statement.execute(sql);
                    }
                }
                requireIntactReferences(connection);
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                statement.execute("PRAGMA user_version = " + latest());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
            }
        }
    }

    /** Fails, naming the first broken reference, when a row refers to a row that is not there. */
    private void requireIntactReferences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                int count = 1;
                String first = "a row of " + broken.getString("table") + " (rowid " + broken.getLong("rowid")
                        + ") refers to a missing row of " + broken.getString("parent");
                while (broken.next()) {
                    count++;
                }
                throw new SQLException("Upgrading to schema version " + latest() + " would leave " + count
                        + (count == 1 ? " broken reference" : " broken references") + " (" + first
                        + "), so it was rolled back and nothing was changed.");
            }
        }
    }

    private static boolean booleanPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            return result.next() && result.getInt(1) != 0;
        }
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script on semicolons at line ends, dropping "--" comment lines. A CREATE TRIGGER
     * stays one statement up to its END, although its body has semicolons at line ends.
     */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        List<String> statements = new java.util.ArrayList<>();
        StringBuilder trigger = null;
        for (String piece : clean.toString().split(";\\s*\n")) {
            piece = piece.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (trigger == null && TRIGGER.matcher(piece).lookingAt()) {
                trigger = new StringBuilder(piece);
            } else if (trigger != null) {
                trigger.append(";\n").append(piece);
            } else {
                statements.add(piece);
            }
            if (trigger != null && TRIGGER_END.matcher(piece).find()) {
                statements.add(trigger.toString());
                trigger = null;
            }
        }
        if (trigger != null) {
            statements.add(trigger.toString());
        }
        return List.copyOf(statements);
    }

    private static final java.util.regex.Pattern TRIGGER = java.util.regex.Pattern.compile(
            "(?i)CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b");
    private static final java.util.regex.Pattern TRIGGER_END = java.util.regex.Pattern.compile("(?i)\\bEND\\s*;?$");
}
