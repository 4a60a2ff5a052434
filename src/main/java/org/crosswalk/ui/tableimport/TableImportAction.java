package org.crosswalk.ui.tableimport;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.mapping.TableImport;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.TableFile;
import org.crosswalk.tables.reading.TableFiles;
import org.crosswalk.tables.reading.TableReadException;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.StartFolder;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Import Mapping Table: choose the file, read it and make the first preview in the
 * background, then hand the view model to {@code show} (the window). A file that cannot be read
 * is explained in a dialog and nothing changes.
 */
public final class TableImportAction {
    private static final Logger LOG = LoggerFactory.getLogger(TableImportAction.class);

    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final Consumer<TableImportViewModel> show;
    private Path folder;

    public TableImportAction(WorkspaceSession session, DialogService dialogs, Consumer<TableImportViewModel> show) {
        this.session = session;
        this.dialogs = dialogs;
        this.show = show;
    }

    /** Asks for the file (starting where the last one was), then reads it. */
    public void chooseAndRead() {
        dialogs.chooseTableToImport(StartFolder.forImport(folder)).ifPresent(file -> {
            folder = file.getParent();
            read(file);
        });
    }

    /** Reads {@code file} and its most-citing table off the JavaFX thread, then shows the preview. */
    public void read(Path file) {
        String name = file.getFileName().toString();
        WorkspaceContent content = session.content();
        session.statusProperty().set("Reading " + name + "…");
        session.background(() -> load(file, name, content), loaded -> {
            session.statusProperty().set("Read " + name);
            show.accept(new TableImportViewModel(session, loaded.file(), loaded.table(), loaded.preview()));
        }, error -> {
            session.statusProperty().set("Nothing was imported from " + name);
            if (error instanceof TableReadException) {
                dialogs.showProblem("Could not import the table", "Nothing was imported from “" + name + "”. "
                        + error.getMessage());
            } else {
                LOG.error("Reading a mapping table failed", error);
                dialogs.showProblem("Could not import the table", "Crosswalk could not read “" + name + "” because "
                        + "of an internal error. Nothing was changed. Details are in the log file.");
            }
        });
    }

    private record Loaded(TableFile file, int table, TablePreview preview) {
    }

    private static Loaded load(Path path, String name, WorkspaceContent content) throws TableReadException {
        TableFile file = TableFiles.read(path.toAbsolutePath().normalize());
        Grid grid = TableImport.mostCiting(file.grids());
        if (grid == null) {
            throw new TableReadException("It holds no table. Crosswalk imports a mapping table from a Word table, "
                    + "an Excel sheet or a CSV file.");
        }
        return new Loaded(file, file.grids().indexOf(grid), TableImport.preview(grid, content, null));
    }
}
