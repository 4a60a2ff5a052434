package org.crosswalk.tables.mapping;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.crosswalk.tables.reading.TableReadException;

/**
 * A mapping table as boards type it in Word (seed 001, section 3): theme rows, then "priority |
 * national plan text" rows, with a header row ("HIB Priority | NHS Long Term Plan objective")
 * that may repeat under each theme.
 *
 * <p>A theme row is one cell spanning the table, or a row with only the priority cell (or the
 * first cell, if it cites nothing) filled with a single line (no bullets); a header naming a
 * theme column puts themes there instead. The priority cell holds the title, then sub-items as
 * "• " lines (a line without a bullet after them continues the sub-item above: officers break
 * long ones). A row with the priority cell empty continues the plan text of the priority above
 * (Word splits a long row across pages, and so do people).
 */
final class BoardTableLayout {
    /** Used when priorities come before any theme row. */
    static final String DEFAULT_THEME = "Local priorities";
    private static final String BULLET = "• ";

    private final Grid grid;
    private final TableColumns columns;
    private final List<ThemeDraft> themes = new ArrayList<>();
    private final List<TableContent.Skipped> skipped = new ArrayList<>();

    private BoardTableLayout(Grid grid, TableColumns columns) {
        this.grid = grid;
        this.columns = columns;
    }

    static TableContent read(Grid grid) throws TableReadException {
        return new BoardTableLayout(grid, TableColumns.find(grid)).read();
    }

    private TableContent read() throws TableReadException {
        PriorityDraft last = null;
        for (GridRow row : grid.rows()) {
            String priorityCell = row.cell(columns.priority()).strip();
            String planCell = row.cell(columns.plan()).strip();
            if (isBlank(row) || columns.isHeader(row)) {
                continue;
            }
            if (startsThemeInItsColumn(row)) {
                themes.add(new ThemeDraft(row.line(), row.cell(columns.theme()).strip().replaceAll("\\s+", " ")));
                last = null;
                if (priorityCell.isEmpty() && planCell.isEmpty()) {
                    continue;
                }
            }
            if (columns.theme() < 0 && (row.spanning() || isThemeRow(row))) {
                themes.add(new ThemeDraft(row.line(), firstCell(row)));
                last = null;
            } else if (priorityCell.isEmpty()) {
                if (last == null) {
                    skipped.add(new TableContent.Skipped(row.line(), planCell, "plan text with no priority "
                            + "beside it or above it"));
                } else {
                    last.addPlanText(row.line(), planCell);
                }
            } else {
                last = new PriorityDraft(row.line(), priorityCell);
                if (last.title.isEmpty()) {
                    skipped.add(new TableContent.Skipped(row.line(), priorityCell, "no priority wording in the cell"));
                    last = null;
                } else {
                    theme().priorities.add(last);
                    last.addPlanText(row.line(), planCell);
                }
            }
        }
        List<TableContent.Theme> read = themes.stream().map(ThemeDraft::toTheme).toList();
        TableContent content = new TableContent(grid.source(), read, skipped);
        if (content.priorityCount() == 0) {
            throw new TableReadException("No local priorities were found in " + grid.source() + ". A mapping table "
                    + "has the priorities in one column and the national plan's paragraphs in the next.");
        }
        return content;
    }

    /** A theme column's cell that names a theme other than the current one (blank: the theme above). */
    private boolean startsThemeInItsColumn(GridRow row) {
        String theme = columns.theme() < 0 ? "" : row.cell(columns.theme()).strip();
        return !theme.isEmpty() && (themes.isEmpty() || !TableImport.same(themes.get(themes.size() - 1).title, theme));
    }

    /**
     * One short line alone in the priority column, or in the first column when that holds the
     * plan text but this line cites nothing (a theme typed in the table's first cell).
     */
    private boolean isThemeRow(GridRow row) {
        List<Integer> filled = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cell(c).isBlank()) {
                filled.add(c);
            }
        }
        if (filled.size() != 1 || filled.get(0) != 0 && filled.get(0) != columns.priority()) {
            return false;
        }
        String text = row.cell(filled.get(0)).strip();
        boolean cites = CitationReader.read(text).passages().stream()
                .anyMatch(p -> !p.numbers().isEmpty() || p.page() != null);
        return !text.contains("\n") && !text.startsWith(BULLET.strip())
                && (filled.get(0) == columns.priority() || !cites);
    }

    private ThemeDraft theme() {
        if (themes.isEmpty()) {
            themes.add(new ThemeDraft(0, DEFAULT_THEME));
        }
        return themes.get(themes.size() - 1);
    }

    private static boolean isBlank(GridRow row) {
        return row.cells().stream().allMatch(String::isBlank);
    }

    private static String firstCell(GridRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("").strip()
                .replaceAll("\\s+", " ");
    }

    private static final class ThemeDraft {
        final int line;
        final String title;
        final List<PriorityDraft> priorities = new ArrayList<>();

        ThemeDraft(int line, String title) {
            this.line = line;
            this.title = title;
        }

        TableContent.Theme toTheme() {
            return new TableContent.Theme(line, title, priorities.stream().map(PriorityDraft::toPriority).toList());
        }
    }

    private static final class PriorityDraft {
        final int line;
        final String title;
        final List<String> subItems = new ArrayList<>();
        final List<String> planText = new ArrayList<>();
        final List<Integer> planLines = new ArrayList<>();

        PriorityDraft(int line, String cell) {
            this.line = line;
            List<String> titleLines = new ArrayList<>();
            for (String raw : cell.split("\\R")) {
                String text = raw.strip();
                if (text.startsWith(BULLET.strip())) {
                    String subItem = text.substring(1).strip();
                    if (!subItem.isEmpty()) {
                        subItems.add(subItem);
                    }
                } else if (!text.isEmpty() && subItems.isEmpty()) {
                    titleLines.add(text);
                } else if (!text.isEmpty()) {
                    int lastIndex = subItems.size() - 1;
                    subItems.set(lastIndex, subItems.get(lastIndex) + " " + text);
                }
            }
            if (titleLines.isEmpty() && !subItems.isEmpty()) {
                titleLines.add(subItems.remove(0));
            }
            this.title = String.join(" ", titleLines).replaceAll("\\s+", " ");
        }

        void addPlanText(int row, String text) {
            planText.add(text);
            planLines.add(row);
        }

        /** The row a passage starts in (a priority's plan text may run over several rows). */
        private int lineOf(CitedPassage passage) {
            String start = passage.text().substring(0, Math.min(20, passage.text().length()));
            for (int i = 0; i < planText.size(); i++) {
                if (planText.get(i).replaceAll("\\s+", " ").contains(start)) {
                    return planLines.get(i);
                }
            }
            return line;
        }

        TableContent.Priority toPriority() {
            CellCitations cell = CitationReader.read(String.join("\n", planText));
            List<TableContent.Citation> citations = cell.passages().stream()
                    .map(p -> TableContent.Citation.of(lineOf(p), p)).toList();
            return new TableContent.Priority(line, title, subItems, "", "", citations, cell.noMention());
        }
    }
}
