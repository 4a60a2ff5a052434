package org.crosswalk.ui.planimport;

import java.nio.file.Path;
import javafx.stage.Window;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.StartFolder;
import org.crosswalk.ui.WorkspaceSession;

/** File > Import National Plan: choose the file, then review it in its own window (one at a time). */
public final class PlanImportAction {
    private final Window owner;
    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final PlanFileReader reader;
    private final String stylesheet;
    private final Path logDir;
    private Path folder;
    private PlanImportWindow open;

    public PlanImportAction(Window owner, WorkspaceSession session, DialogService dialogs, PlanFileReader reader,
                            String stylesheet, Path logDir) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
        this.reader = reader;
        this.stylesheet = stylesheet;
        this.logDir = logDir;
    }

    /** Asks for the file (starting where the last one was), then opens the review window. */
    public void chooseAndReview() {
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            open.stage().requestFocus();
            return;
        }
        dialogs.choosePlanToImport(startFolder()).ifPresent(file -> {
            folder = file.getParent();
            review(file);
        });
    }

    /** Opens the review window on {@code file} and starts reading it. */
    public PlanImportWindow review(Path file) {
        open = new PlanImportWindow(owner, session, file, reader, stylesheet, logDir);
        open.show();
        return open;
    }

    private Path startFolder() {
        return StartFolder.forImport(folder);
    }
}
