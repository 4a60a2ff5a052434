package org.crosswalk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a workspace's tables, views, triggers and columns with those its schema version has
 * when Crosswalk makes it (the migrations run on an empty database in memory), so a file that
 * SQLite reads happily but another program has changed (a table dropped or renamed, a column gone,
 * a schema version set back) is refused as damaged instead of failing later with a SQL error.
 * Tables or columns of the person's own are allowed; those of a later version are not, because
 * upgrading would try to make them again.
 */
final class SchemaCheck {
    /** By the migration scripts that make it: the same for every WorkspaceFiles of this Crosswalk. */
    private static final Map<List<String>, Schema> EXPECTED = new ConcurrentHashMap<>();

    private final Migrations migrations;

    SchemaCheck(Migrations migrations) {
        this.migrations = migrations;
    }

    /** What the named objects and columns of a database are. */
    record Schema(Set<String> objects, Map<String, Set<String>> columns) {
        static Schema of(Connection connection) throws SQLException {
            Set<String> objects = new HashSet<>();
            Set<String> tables = new HashSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT type, name, sql FROM sqlite_master "
                         + "WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%'")) {
                while (rows.next()) {
                    objects.add(rows.getString("type") + " " + rows.getString("name"));
                    String sql = String.valueOf(rows.getString("sql")).strip().toUpperCase(java.util.Locale.ROOT);
                    if (rows.getString("type").equals("table") && !sql.startsWith("CREATE VIRTUAL")) {
                        tables.add(rows.getString("name"));
                    }
                }
            }
            Map<String, Set<String>> columns = new HashMap<>();
            try (PreparedStatement info = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
                for (String table : tables) {
                    info.setString(1, table);
                    Set<String> names = new HashSet<>();
                    try (ResultSet rows = info.executeQuery()) {
                        while (rows.next()) {
                            names.add(rows.getString(1));
                        }
                    }
                    columns.put(table, names);
                }
            }
            return new Schema(objects, columns);
        }
    }

    /**
     * Null when the file holds everything schema {@code version} has and nothing of a later version;
     * otherwise what is wrong, for the log.
     */
    String problem(Connection connection, int version) throws SQLException {
        Schema actual = Schema.of(connection);
        Schema wanted = expected(version);
        for (String object : wanted.objects()) {
            if (!actual.objects().contains(object)) {
                return "the " + object + " is missing";
            }
        }
        for (Map.Entry<String, Set<String>> table : wanted.columns().entrySet()) {
            for (String column : table.getValue()) {
                if (!actual.columns().getOrDefault(table.getKey(), Set.of()).contains(column)) {
                    return "column " + column + " of table " + table.getKey() + " is missing";
                }
            }
        }
        if (version >= migrations.latest()) {
            return null;
        }
        Schema latest;
        try {
            latest = expected(migrations.latest());
        } catch (SQLException e) {
            return null; // the upgrade itself will fail the same way, and says so
        }
        return laterParts(actual, wanted, latest);
    }

    private static String laterParts(Schema actual, Schema wanted, Schema latest) {
        for (String object : latest.objects()) {
            if (!wanted.objects().contains(object) && actual.objects().contains(object)) {
                return "the " + object + " of a later schema version is there";
            }
        }
        for (Map.Entry<String, Set<String>> table : latest.columns().entrySet()) {
            for (String column : table.getValue()) {
                if (!wanted.columns().getOrDefault(table.getKey(), Set.of()).contains(column)
                        && actual.columns().getOrDefault(table.getKey(), Set.of()).contains(column)) {
                    return "column " + column + " of table " + table.getKey() + " of a later schema version is there";
                }
            }
        }
        return null;
    }

    private Schema expected(int version) throws SQLException {
        Migrations upTo = migrations.upTo(version);
        Schema known = EXPECTED.get(upTo.scripts());
        if (known != null) {
            return known;
        }
        try (Connection empty = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            upTo.migrate(empty, 0);
            Schema made = Schema.of(empty);
            EXPECTED.put(upTo.scripts(), made);
            return made;
        }
    }
}
