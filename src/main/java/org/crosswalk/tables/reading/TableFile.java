package org.crosswalk.tables.reading;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one file holds, read by {@link TableFiles#read}: its tables as {@link Grid}s (one per
 * non-empty sheet, one per Word table, one for a CSV file), each with a name ("Mapping",
 * "Table 2"), and for a Word document its {@link Outline} (headings and lists outside tables).
 */
public final class TableFile {
    private final String fileName;
    private final TableFormat format;
    private final List<Grid> grids;
    private final List<String> gridNames;
    private final Outline outline;
    private final Grid about;

    TableFile(String fileName, TableFormat format, List<Grid> grids, List<String> gridNames, Outline outline,
              Grid about) {
        if (grids.size() != gridNames.size()) {
            throw new IllegalArgumentException("one name per grid");
        }
        this.fileName = Objects.requireNonNull(fileName);
        this.format = Objects.requireNonNull(format);
        this.grids = List.copyOf(grids);
        this.gridNames = List.copyOf(gridNames);
        this.outline = outline == null ? new Outline(fileName, List.of()) : outline;
        this.about = about;
    }

    /** The file's name, for messages. */
    public String fileName() {
        return fileName;
    }

    public TableFormat format() {
        return format;
    }

    /** The tables in file order; empty when the file holds none. */
    public List<Grid> grids() {
        return grids;
    }

    /** The name of each grid, in the same order: the sheet name, "Table 1" …, or the CSV file's name. */
    public List<String> gridNames() {
        return gridNames;
    }

    /** The grid of the sheet (or Word table) with this name, ignoring case and outer spaces. */
    public Optional<Grid> grid(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < grids.size(); i++) {
            if (gridNames.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(grids.get(i));
            }
        }
        return Optional.empty();
    }

    /** A Word document's headings and lists outside its tables; no entries for other formats. */
    public Outline outline() {
        return outline;
    }

    /**
     * The "About" sheet of a workbook Crosswalk exported (title, board, sources), kept apart
     * from {@link #grids()} because it is not a table of priorities.
     */
    public Optional<Grid> about() {
        return Optional.ofNullable(about);
    }
}
