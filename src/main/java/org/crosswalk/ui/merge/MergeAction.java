package org.crosswalk.ui.merge;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.merge.Merges;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.StartFolder;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Merge Another Copy…: choose the other copy, read it and compare it with this workspace off
 * the JavaFX thread, then hand the view model to {@code show} (the window). A file that cannot be
 * merged is explained in a dialog and nothing changes.
 */
public final class MergeAction {
    private static final Logger LOG = LoggerFactory.getLogger(MergeAction.class);

    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final Merges merges;
    private final Backups backups;
    private final Consumer<MergeViewModel> show;

    public MergeAction(WorkspaceSession session, DialogService dialogs, Merges merges, Backups backups,
                       Consumer<MergeViewModel> show) {
        this.session = session;
        this.dialogs = dialogs;
        this.merges = merges;
        this.backups = backups;
        this.show = show;
    }

    public void chooseAndRead() {
        Path here = session.path().map(Path::getParent).orElse(null);
        dialogs.chooseCopyToMerge(StartFolder.forImport(here)).ifPresent(this::read);
    }

    public void read(Path other) {
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        String name = other.getFileName().toString();
        session.statusProperty().set("Reading " + name + "…");
        session.background(() -> merges.preview(workspace, other), preview -> {
            session.statusProperty().set("Read " + name);
            show.accept(new MergeViewModel(session, merges, backups, preview, java.time.ZoneId.systemDefault()));
        }, error -> {
            session.statusProperty().set("Nothing was merged from " + name);
            if (error instanceof WorkspaceProblem problem) {
                dialogs.showProblem("Cannot merge this file", problem.getMessage());
            } else {
                LOG.error("Reading {} for a merge failed", other, error);
                dialogs.showProblem("Cannot merge this file", "Crosswalk could not read “" + name + "” because of "
                        + "an internal error. Nothing was changed. Details are in the log file.");
            }
        });
    }
}
