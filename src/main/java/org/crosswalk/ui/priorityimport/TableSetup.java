package org.crosswalk.ui.priorityimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crosswalk.tables.priorities.ColumnMapping;
import org.crosswalk.tables.priorities.ColumnRole;
import org.crosswalk.tables.priorities.ImportedPriorities;
import org.crosswalk.tables.priorities.PriorityImport;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.crosswalk.tables.reading.Outline;
import org.crosswalk.tables.reading.TableFile;

/**
 * How the file is to be read: which of its tables (or its headings and bullet lists), what each
 * column holds and which row has the headings, or which heading level holds the themes. Starts
 * from the guesses {@code crosswalk import-priorities} makes.
 */
public final class TableSetup {
    /** How many rows of a table are shown under the column choices. */
    static final int SAMPLE_ROWS = 8;
    /** How far down the heading row may be chosen (as far as {@link ColumnMapping#guess} looks). */
    static final int HEADER_ROW_CHOICES = 10;

    private final TableFile file;
    private final List<TableChoice> choices = new ArrayList<>();
    private final ObjectProperty<TableChoice> table = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final IntegerProperty themeLevel = new SimpleIntegerProperty();
    /** The person's column choices per table (by name), kept when they look at another table and come back. */
    private final Map<String, ColumnMapping> mappings = new HashMap<>();

    public TableSetup(TableFile file) {
        this.file = file;
        for (int i = 0; i < file.grids().size(); i++) {
            choices.add(new TableChoice(file.gridNames().get(i), file.grids().get(i)));
        }
        if (hasListEntries(file.outline())) {
            choices.add(TableChoice.outline());
        }
        themeLevel.set(PriorityImport.guessThemeLevel(file.outline()));
        table.addListener((o, old, now) -> mapping.set(now == null || now.isOutline() ? null
                : mappings.computeIfAbsent(now.label(), k -> ColumnMapping.guess(now.grid()))));
        table.set(firstLikely());
    }

    /** The first table with a column headed like "Priority", else the outline, else the first table. */
    private TableChoice firstLikely() {
        return choices.stream().filter(c -> !c.isOutline() && ColumnMapping.guess(c.grid())
                        .column(ColumnRole.PRIORITY).isPresent()).findFirst()
                .or(() -> choices.stream().filter(TableChoice::isOutline).findFirst())
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    private static boolean hasListEntries(Outline outline) {
        return outline.entries().stream().anyMatch(e -> e.kind() == Outline.Kind.LIST_ENTRY);
    }

    public String fileName() {
        return file.fileName();
    }

    public List<TableChoice> choices() {
        return List.copyOf(choices);
    }

    public ObjectProperty<TableChoice> tableProperty() {
        return table;
    }

    /** The columns' roles and the heading row of the chosen table; null for the outline. */
    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    /** The heading level whose headings are themes (0: none, every priority under one theme). */
    public IntegerProperty themeLevelProperty() {
        return themeLevel;
    }

    /** The role of {@code column}; empty: ignored. */
    public Optional<ColumnRole> role(int column) {
        return mapping.get() == null ? Optional.empty() : Optional.ofNullable(mapping.get().roles().get(column));
    }

    /** Gives {@code column} this role (null: ignore it); the column that had it before is ignored. */
    public void setRole(int column, ColumnRole role) {
        change(mapping.get() == null ? null : mapping.get().with(column, role));
    }

    /** @param row index in the table of the heading row; -1: no heading row, every row is data */
    public void setHeaderRow(int row) {
        change(mapping.get() == null ? null : mapping.get().withHeaderRow(row));
    }

    private void change(ColumnMapping changed) {
        if (changed != null) {
            mappings.put(table.get().label(), changed);
            mapping.set(changed);
        }
    }

    /** Whether a column has been chosen to hold the priorities (always true for the outline). */
    public boolean hasPriorityColumn() {
        return mapping.get() == null || mapping.get().column(ColumnRole.PRIORITY).isPresent();
    }

    /** What the file holds as things stand; null without a table or without a priority column. */
    public ImportedPriorities read() {
        TableChoice chosen = table.get();
        if (chosen == null) {
            return null;
        }
        if (chosen.isOutline()) {
            return PriorityImport.fromOutline(file.outline(), themeLevel.get());
        }
        return hasPriorityColumn() ? PriorityImport.fromGrid(chosen.grid(), mapping.get()) : null;
    }

    /** The first rows of the chosen table, as many as show the heading row and a few rows under it. */
    public List<GridRow> sampleRows() {
        Grid grid = table.get() == null ? null : table.get().grid();
        if (grid == null) {
            return List.of();
        }
        int header = mapping.get() == null ? -1 : mapping.get().headerRow();
        return grid.rows().subList(0, Math.min(grid.rows().size(), Math.max(SAMPLE_ROWS, header + 6)));
    }

    /** How many columns the chosen table has (its widest row). */
    public int columnCount() {
        Grid grid = table.get() == null ? null : table.get().grid();
        return grid == null ? 0 : grid.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }

    /** The rows that may be the heading row: -1 (none), then the first rows by index. */
    public List<Integer> headerRowChoices() {
        List<Integer> rows = new ArrayList<>(List.of(-1));
        Grid grid = table.get() == null ? null : table.get().grid();
        for (int r = 0; grid != null && r < Math.min(HEADER_ROW_CHOICES, grid.rows().size()); r++) {
            rows.add(r);
        }
        return rows;
    }

    /**
     * The row (as the person counts, "Row 3") at index {@code row} of the chosen table; a list may
     * ask for a row of the table chosen before, which this one may not have.
     */
    public int line(int row) {
        Grid grid = table.get() == null ? null : table.get().grid();
        return grid == null || row < 0 || row >= grid.rows().size() ? row + 1 : grid.rows().get(row).line();
    }

    /** 0 (no themes) and each heading level the document uses. */
    public List<Integer> themeLevels() {
        TreeSet<Integer> levels = new TreeSet<>(List.of(0));
        file.outline().entries().stream().filter(e -> e.kind() == Outline.Kind.HEADING)
                .forEach(e -> levels.add(e.level()));
        return List.copyOf(levels);
    }
}
