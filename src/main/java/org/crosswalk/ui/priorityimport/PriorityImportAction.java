package org.crosswalk.ui.priorityimport;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.crosswalk.tables.reading.TableFile;
import org.crosswalk.tables.reading.TableFiles;
import org.crosswalk.tables.reading.TableReadException;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.StartFolder;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Import Priorities: choose an Excel, CSV or Word file, read it on the workspace's task
 * runner, then show what it holds ({@code show}: the window in the app, a recorder in tests). A
 * file that cannot be read is explained in a dialog; nothing is changed.
 */
public final class PriorityImportAction {
    private static final Logger LOG = LoggerFactory.getLogger(PriorityImportAction.class);

    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final Consumer<TableSetup> show;
    private Path folder;

    public PriorityImportAction(WorkspaceSession session, DialogService dialogs, Consumer<TableSetup> show) {
        this.session = session;
        this.dialogs = dialogs;
        this.show = show;
    }

    /** Asks for the file (starting where the last one was), then reads it. */
    public void chooseAndRead() {
        dialogs.choosePrioritiesToImport(StartFolder.forImport(folder)).ifPresent(file -> {
            folder = file.getParent();
            read(file);
        });
    }

    /** Reads {@code file} in the background, then shows it. */
    public void read(Path file) {
        String name = file.getFileName().toString();
        session.statusProperty().set("Reading " + name + "…");
        session.background(() -> TableFiles.read(file), (TableFile table) -> {
            session.statusProperty().set("Read " + name);
            show.accept(new TableSetup(table));
        }, error -> {
            session.statusProperty().set("Nothing was imported from " + name);
            if (error instanceof TableReadException unreadable) {
                dialogs.showProblem("Could not read the file", unreadable.getMessage() + " Nothing was imported.");
            } else {
                LOG.error("Reading {} failed", file, error);
                dialogs.showProblem("Could not read the file", "Crosswalk could not read “" + name + "” because of "
                        + "an internal error. Nothing was imported. Details are in the log file.");
            }
        });
    }
}
