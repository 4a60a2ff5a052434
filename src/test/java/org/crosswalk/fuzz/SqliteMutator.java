package org.crosswalk.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damages workspace files in two ways: the bytes (header fields, whole pages, a file cut short), and
 * the content of a file SQLite still reads happily (a table dropped or renamed, a column gone, NULLs
 * and values of the wrong type, references to rows that are not there, another schema version).
 */
final class SqliteMutator {
    /** Offsets of the header's fields (https://www.sqlite.org/fileformat.html, section 1.3). */
    private static final int[] HEADER_FIELDS = {16, 18, 19, 20, 21, 22, 23, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60,
            64, 68, 92, 96};
    private static final long[] BOUNDARY = {0, 1, 2, 0x7f, 0xff, 0x100, 0xffff, 0x7fffffffL, 0xffffffffL};
    private static final List<String> ODD_VALUES = List.of("NULL", "''", "'not-a-uuid'", "-1", "2147483648",
            "1e308", "x'00ff'", "'9999-99-99'", "'💥'", "'=cmd|''/c calc''!A1'");

    private final ByteMutator raw = new ByteMutator(List.of());
    private final Path scratch;

    SqliteMutator(Path scratch) {
        this.scratch = scratch;
    }

    Mutation mutate(byte[] seed, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> header(seed, random);
            case 1, 2 -> page(seed, random);
            case 3 -> {
                Mutation damaged = raw.mutate(seed, random);
                yield new Mutation(damaged.bytes(), "bytes: " + damaged.description());
            }
            default -> content(seed, random);
        };
    }

    private static Mutation header(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int field = HEADER_FIELDS[random.nextInt(HEADER_FIELDS.length)];
        long value = random.nextBoolean() ? BOUNDARY[random.nextInt(BOUNDARY.length)] : random.nextInt();
        int width = field < 24 ? (field == 16 ? 2 : 1) : 4;
        for (int i = width - 1; i >= 0; i--) {
            bytes[field + i] = (byte) value;
            value >>>= 8;
        }
        return new Mutation(bytes, "header field at byte " + field + " set to " + hex(bytes, field, width));
    }

    private static Mutation page(byte[] seed, Random random) {
        int pageSize = ((seed[16] & 0xff) << 8) | (seed[17] & 0xff);
        int pages = seed.length / pageSize;
        int target = random.nextInt(pages);
        byte[] bytes = seed.clone();
        int start = target * pageSize + (target == 0 ? 100 : 0);
        int end = (target + 1) * pageSize;
        String what;
        switch (random.nextInt(4)) {
            case 0 -> {
                Arrays.fill(bytes, start, end, (byte) 0);
                what = "zeroed";
            }
            case 1 -> {
                int source = random.nextInt(pages);
                System.arraycopy(seed, source * pageSize, bytes, target * pageSize, pageSize);
                what = "overwritten by page " + (source + 1);
            }
            case 2 -> {
                return new Mutation(Arrays.copyOf(seed, target * pageSize + random.nextInt(pageSize)),
                        "cut short in page " + (target + 1));
            }
            default -> {
                int flips = 1 + random.nextInt(16);
                for (int i = 0; i < flips; i++) {
                    int at = start + random.nextInt(Math.min(end - start, random.nextBoolean() ? 16 : end - start));
                    bytes[at] = (byte) random.nextInt(256);
                }
                what = flips + " bytes changed (page header first)";
            }
        }
        return new Mutation(bytes, "page " + (target + 1) + " of " + pages + " " + what);
    }

    /** A file SQLite accepts but whose content is not what Crosswalk wrote. */
    private Mutation content(byte[] seed, Random random) {
        try {
            Path file = Files.createTempFile(scratch, "mutate", ".crosswalk");
            try {
                Files.write(file, seed);
                String sql;
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                     Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA foreign_keys = OFF");
                    statement.execute("PRAGMA ignore_check_constraints = ON");
                    sql = contentChange(connection, random);
                    for (String one : sql.split(";\n")) {
                        statement.execute(one);
                    }
                    statement.execute("PRAGMA journal_mode = DELETE");
                } catch (SQLException e) {
                    sql = "(refused by SQLite: " + e.getMessage() + ")";
                    Files.write(file, seed);
                }
                return new Mutation(Files.readAllBytes(file), "content: " + sql.replace('\n', ' '));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentChange(Connection connection, Random random) throws SQLException {
        List<String> tables = names(connection, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name", 1);
        String table = tables.get(random.nextInt(tables.size()));
        List<String> columns = names(connection, "PRAGMA table_info(" + table + ")", 2);
        String column = columns.get(random.nextInt(columns.size()));
        String value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        return switch (random.nextInt(9)) {
            case 0 -> "DROP TABLE " + table;
            case 1 -> "ALTER TABLE " + table + " RENAME TO " + table + "_old";
            case 2 -> "ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + column + "_x";
            case 3 -> "CREATE TABLE fuzz_copy AS SELECT * FROM " + table + ";\nDROP TABLE " + table
                    + ";\nALTER TABLE fuzz_copy RENAME TO " + table + ";\nUPDATE " + table + " SET " + column
                    + " = " + value;
            case 4 -> "PRAGMA user_version = " + List.of(0, 1, 2, 3, 4, 6, 1000, -1).get(random.nextInt(8));
            case 5 -> "PRAGMA application_id = " + random.nextInt();
            case 6 -> "DELETE FROM " + table;
            default -> "UPDATE " + table + " SET " + column + " = " + value + " WHERE rowid % 7 = " + random.nextInt(7);
        };
    }

    private static List<String> names(Connection connection, String query, int column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(column));
            }
        }
        return names;
    }

    private static String hex(byte[] bytes, int from, int length) {
        StringBuilder text = new StringBuilder("0x");
        for (int i = 0; i < length; i++) {
            text.append(String.format("%02x", bytes[from + i]));
        }
        return text.toString();
    }
}
