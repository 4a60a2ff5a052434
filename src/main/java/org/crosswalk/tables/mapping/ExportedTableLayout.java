package org.crosswalk.tables.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosswalk.export.sheets.CellSafety;
import org.crosswalk.export.sheets.SpreadsheetRows;
import org.crosswalk.export.sheets.SpreadsheetRows.Column;
import org.crosswalk.model.Relevance;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;

/**
 * The table Crosswalk's own XLSX and CSV exports write ({@link SpreadsheetRows}): a header row
 * naming the columns (in any order), one row per link, per "no mention" and per unmapped
 * priority, theme and priority repeated on each. The readers of {@code tables.reading} have
 * already undone the exporters' {@link CellSafety} apostrophes, so cells are taken as they come.
 */
final class ExportedTableLayout {
    /** Theme and priority plus at least one more of our columns: a person's own table rarely has them all. */
    private static final int COLUMNS_TO_RECOGNISE = 3;

    private final Map<Column, Integer> columns;

    private ExportedTableLayout(Map<Column, Integer> columns) {
        this.columns = columns;
    }

    /** The layout when the grid's first filled row is Crosswalk's header. */
    static Optional<ExportedTableLayout> recognise(Grid grid) {
        Optional<GridRow> first = grid.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> !c.isBlank()))
                .findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        List<String> cells = first.get().cells();
        for (int c = 0; c < cells.size(); c++) {
            int index = c;
            Column.forHeader(cells.get(c).strip()).ifPresent(column -> found.putIfAbsent(column, index));
        }
        boolean ours = found.containsKey(Column.THEME) && found.containsKey(Column.PRIORITY)
                && found.size() >= COLUMNS_TO_RECOGNISE;
        return ours ? Optional.of(new ExportedTableLayout(found)) : Optional.empty();
    }

    TableContent read(Grid grid) {
        Map<String, ThemeRows> themes = new LinkedHashMap<>();
        boolean header = true;
        for (GridRow row : grid.rows()) {
            if (header || row.cells().stream().allMatch(String::isBlank)) {
                header &= row.cells().stream().allMatch(String::isBlank);
                continue;
            }
            String priority = text(row, Column.PRIORITY);
            String themeCell = text(row, Column.THEME);
            if (themeCell.isEmpty() && priority.isEmpty()) {
                continue;
            }
            String theme = themeCell.isEmpty() ? BoardTableLayout.DEFAULT_THEME : themeCell;
            ThemeRows rows = themes.computeIfAbsent(FoldedText.fold(theme), k -> new ThemeRows(row.line(), theme));
            if (!priority.isEmpty()) {
                rows.add(row, priority);
            }
        }
        return new TableContent(grid.source(), themes.values().stream().map(ThemeRows::toTheme).toList(), List.of());
    }

    private String text(GridRow row, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    private TableContent.Citation citation(GridRow row) {
        String number = text(row, Column.PARAGRAPH).replaceFirst("\\.$", "");
        String quote = text(row, Column.QUOTE);
        String excerpt = text(row, Column.EXCERPT).toLowerCase(Locale.ROOT);
        CitedPassage passage = new CitedPassage(String.join(" ", number, quote).strip(),
                number.isEmpty() ? List.of() : List.of(number), quote, page(text(row, Column.PAGE)),
                text(row, Column.PLAN_LABEL));
        Boolean isExcerpt = excerpt.equals(SpreadsheetRows.YES) ? Boolean.TRUE
                : excerpt.equals(SpreadsheetRows.NO) ? Boolean.FALSE : null;
        return new TableContent.Citation(row.line(), passage, isExcerpt, relevance(text(row, Column.RELEVANCE)),
                text(row, Column.NOTE));
    }

    /** Pages are numbers in the workbook, which a reader may give back as "37.0". */
    private static Integer page(String text) {
        try {
            return text.isEmpty() ? null : (int) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Relevance relevance(String text) {
        for (Relevance relevance : Relevance.values()) {
            if (relevance.label().equalsIgnoreCase(text) || relevance.code().equalsIgnoreCase(text)) {
                return relevance;
            }
        }
        return Relevance.DIRECT;
    }

    private final class ThemeRows {
        final int line;
        final String title;
        final Map<String, PriorityRows> priorities = new LinkedHashMap<>();

        ThemeRows(int line, String title) {
            this.line = line;
            this.title = title;
        }

        void add(GridRow row, String priority) {
            PriorityRows rows = priorities.computeIfAbsent(FoldedText.fold(priority), k -> new PriorityRows(row,
                    priority));
            String status = text(row, Column.STATUS);
            String noMention = text(row, Column.NO_MENTION);
            if (!noMention.isEmpty()) {
                rows.noMention = noMention;
            } else if (!status.equalsIgnoreCase(SpreadsheetRows.NOT_MAPPED)
                    && !(text(row, Column.PARAGRAPH) + text(row, Column.QUOTE)).isEmpty()) {
                rows.citations.add(citation(row));
            }
        }

        TableContent.Theme toTheme() {
            return new TableContent.Theme(line, title, priorities.values().stream().map(PriorityRows::toPriority)
                    .toList());
        }
    }

    private final class PriorityRows {
        final int line;
        final String title;
        final List<String> subItems = new ArrayList<>();
        final String note;
        final String lead;
        final List<TableContent.Citation> citations = new ArrayList<>();
        String noMention;

        PriorityRows(GridRow row, String title) {
            this.line = row.line();
            this.title = title;
            for (String subItem : text(row, Column.SUB_ITEMS).split("\\R")) {
                if (!subItem.isBlank()) {
                    subItems.add(subItem.strip());
                }
            }
            this.note = text(row, Column.PRIORITY_NOTE);
            this.lead = text(row, Column.LEAD);
        }

        TableContent.Priority toPriority() {
            return new TableContent.Priority(line, title, subItems, note, lead, citations, noMention);
        }
    }
}
