package org.crosswalk.tables.mapping;

import java.util.Comparator;
import java.util.List;
import org.crosswalk.model.Plan;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.TableReadException;

/**
 * Importing a whole mapping table: a {@link Grid} laid out as a board paper's table or as
 * Crosswalk's own spreadsheet export is read into {@link TableContent}, matched with the
 * workspace into a {@link TablePreview}, and saved by {@link TableImportEdit} as one undoable
 * edit. Nothing is saved until then.
 */
public final class TableImport {
    private TableImport() {
    }

    /**
     * The preview of importing {@code grid} into {@code workspace}.
     *
     * @param planLabel the plan to match citations in, or null to let the workspace and the table decide
     * @throws TableReadException when the grid is no mapping table, or no plan can be chosen
     */
    public static TablePreview preview(Grid grid, WorkspaceContent workspace, String planLabel)
            throws TableReadException {
        return preview(read(grid), workspace, planLabel);
    }

    /** What the grid says, in whichever of the two layouts it is. */
    public static TableContent read(Grid grid) throws TableReadException {
        if (grid.rows().stream().allMatch(r -> r.cells().stream().allMatch(String::isBlank))) {
            throw new TableReadException(grid.source() + " is empty: there is no table to import.");
        }
        var exported = ExportedTableLayout.recognise(grid);
        return exported.isPresent() ? exported.get().read(grid) : BoardTableLayout.read(grid);
    }

    public static TablePreview preview(TableContent table, WorkspaceContent workspace, String planLabel)
            throws TableReadException {
        List<String> cited = table.themes().stream().flatMap(t -> t.priorities().stream())
                .flatMap(p -> p.citations().stream()).map(c -> c.passage().planLabel()).toList();
        boolean citesAnything = table.themes().stream().flatMap(t -> t.priorities().stream())
                .anyMatch(p -> !p.citations().isEmpty());
        Plan plan = citesAnything || planLabel != null ? PlanChoice.choose(workspace, planLabel, cited) : null;
        return new PreviewBuilder(workspace, plan, planLabel != null).build(table);
    }

    /**
     * The mapping table among a document's tables: the one citing the most (a paper also has
     * tables of contents, members or dates). Null when there is none.
     */
    public static Grid mostCiting(List<Grid> grids) {
        return grids.stream().max(Comparator.comparingInt(TableImport::citations)).orElse(null);
    }

    private static int citations(Grid grid) {
        return grid.rows().stream().flatMap(r -> r.cells().stream()).map(CitationReader::read)
                .mapToInt(c -> c.passages().size() + (c.noMention() == null ? 0 : 1)).sum();
    }

    /** Same wording, ignoring case, spacing, quote style and dashes. */
    static boolean same(String a, String b) {
        return FoldedText.fold(a).equals(FoldedText.fold(b));
    }
}
