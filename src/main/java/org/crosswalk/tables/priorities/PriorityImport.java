package org.crosswalk.tables.priorities;

import java.util.Optional;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.Outline;
import org.crosswalk.tables.reading.TableFile;
import org.crosswalk.tables.reading.TableReadException;

/**
 * Importing themes, priorities and sub-items (with notes and leads) from a table or a document
 * outline: read ({@link #fromGrid}, {@link #fromOutline} or {@link #fromFile}), compare with the
 * workspace ({@link #preview}), then create what is new with one undoable {@link #edit}.
 */
public final class PriorityImport {
    private PriorityImport() {
    }

    /** The priorities of a table, its columns as {@code mapping} says ({@link ColumnMapping#guess} to start). */
    public static ImportedPriorities fromGrid(Grid grid, ColumnMapping mapping) {
        return GridPriorities.read(grid, mapping);
    }

    /** The priorities of a document outline; headings at {@code themeLevel} are themes (0: none). */
    public static ImportedPriorities fromOutline(Outline outline, int themeLevel) {
        return OutlinePriorities.read(outline, themeLevel);
    }

    /** The heading level that most likely holds themes; what a person would pick first. */
    public static int guessThemeLevel(Outline outline) {
        return OutlinePriorities.guessThemeLevel(outline);
    }

    /**
     * The priorities of a file, with the guessed mapping: the sheet or table named {@code sheet}
     * (null: the first whose header names a priority column), else the document's bulleted list.
     *
     * @throws TableReadException when the named sheet is missing or nothing in the file looks
     *                            like a list of priorities
     */
    public static ImportedPriorities fromFile(TableFile file, String sheet) throws TableReadException {
        if (sheet != null) {
            Grid grid = file.grid(sheet).orElseThrow(() -> new TableReadException("“" + file.fileName()
                    + "” has no sheet or table called “" + sheet + "”. It has: " + String.join(", ",
                    file.gridNames()) + "."));
            ColumnMapping mapping = ColumnMapping.guess(grid);
            if (mapping.column(ColumnRole.PRIORITY).isEmpty()) {
                throw new TableReadException(noPriorityColumn(grid.source()));
            }
            return fromGrid(grid, mapping);
        }
        Optional<Grid> table = file.grids().stream()
                .filter(g -> ColumnMapping.guess(g).column(ColumnRole.PRIORITY).isPresent()).findFirst();
        if (table.isPresent()) {
            return fromGrid(table.get(), ColumnMapping.guess(table.get()));
        }
        if (OutlinePriorities.hasListEntries(file.outline())) {
            return fromOutline(file.outline(), guessThemeLevel(file.outline()));
        }
        throw new TableReadException(file.grids().isEmpty() && file.outline().entries().isEmpty()
                ? "No table and no bulleted list were found in “" + file.fileName() + "”."
                : noPriorityColumn("“" + file.fileName() + "”"));
    }

    private static String noPriorityColumn(String where) {
        return "No column headed “Priority” was found in " + where + ". Give the column of priorities the heading "
                + "“Priority” (and, if there are any, “Theme”, “Sub-items”, “Notes”, “Lead”), and import it again.";
    }

    /** What importing would create in the workspace, and what is there already. */
    public static PriorityImportPreview preview(ImportedPriorities imported, WorkspaceContent content) {
        return PreviewPlanner.plan(imported, content);
    }

    /**
     * One undoable edit creating everything the preview marks as new. It is refused
     * ({@link org.crosswalk.store.edit.EditRejectedException}) when there is nothing new, or when
     * a theme or priority it adds to has been deleted since the preview.
     */
    public static Edit edit(PriorityImportPreview preview) {
        return PriorityImportEdit.of(preview);
    }
}
