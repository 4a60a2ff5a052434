package org.crosswalk.tables.priorities;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;

/**
 * Which column of a {@link Grid} holds what, and which row is the header row. {@link #guess}
 * reads it from the header; the person can change it ({@link #with}) before importing. Columns
 * with no role are ignored.
 *
 * @param headerRow index in the grid's rows of the header row; rows above it and it are not data
 * @param roles     column index → role, at most one column per role
 */
public record ColumnMapping(int headerRow, Map<Integer, ColumnRole> roles) {
    /** How far down a sheet the header row is looked for (a title or blank lines may come first). */
    static final int HEADER_SEARCH_ROWS = 10;

    public ColumnMapping {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /**
     * The header row is the first of the top rows that names a priority column; each role goes to
     * the column whose header names it best. Without such a row, no column has a role.
     */
    public static ColumnMapping guess(Grid grid) {
        int limit = Math.min(HEADER_SEARCH_ROWS, grid.rows().size());
        for (int r = 0; r < limit; r++) {
            Map<Integer, ColumnRole> roles = fromHeader(grid.rows().get(r));
            if (roles.containsValue(ColumnRole.PRIORITY)) {
                return new ColumnMapping(r, roles);
            }
        }
        return new ColumnMapping(-1, Map.of());
    }

    private static Map<Integer, ColumnRole> fromHeader(GridRow header) {
        Map<ColumnRole, Integer> best = new EnumMap<>(ColumnRole.class);
        Map<ColumnRole, Integer> bestRank = new EnumMap<>(ColumnRole.class);
        for (int c = 0; c < header.cells().size(); c++) {
            for (ColumnRole role : ColumnRole.values()) {
                int rank = role.rank(header.cell(c));
                if (rank < bestRank.getOrDefault(role, Integer.MAX_VALUE)) {
                    best.put(role, c);
                    bestRank.put(role, rank);
                }
            }
        }
        Map<Integer, ColumnRole> roles = new java.util.TreeMap<>();
        best.forEach((role, column) -> roles.put(column, role));
        return roles;
    }

    /** This mapping with {@code column} holding {@code role} (null: ignored); another column with that role loses it. */
    public ColumnMapping with(int column, ColumnRole role) {
        Map<Integer, ColumnRole> changed = new java.util.TreeMap<>(roles);
        if (role != null) {
            changed.values().removeIf(r -> r == role);
            changed.put(column, role);
        } else {
            changed.remove(column);
        }
        return new ColumnMapping(headerRow, changed);
    }

    /** This mapping with another header row (-1: the grid has none, every row is data). */
    public ColumnMapping withHeaderRow(int row) {
        return new ColumnMapping(row, roles);
    }

    /** The column holding {@code role}, if any. */
    public Optional<Integer> column(ColumnRole role) {
        return roles.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst();
    }

    /** The cell of {@code row} that holds {@code role}, stripped; "" when no column holds it. */
    String cell(GridRow row, ColumnRole role) {
        return column(role).map(c -> row.cell(c).strip()).orElse("");
    }
}
