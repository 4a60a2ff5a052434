package org.crosswalk.ui.snapshots;

import java.time.Clock;
import java.time.ZoneId;
import javafx.stage.Window;
import org.crosswalk.export.ExportService;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.WorkspaceSession;
import org.crosswalk.ui.paper.ExportDialog;
import org.crosswalk.ui.paper.ExportViewModel;

/**
 * What the File menu and the Snapshots window do with snapshots: take one, list them (one window
 * at a time), view one read-only, compare one with now, export its paper.
 */
public final class SnapshotsAction {
    private final Window owner;
    private final WorkspaceSession session;
    private final ExportService exports;
    private final DialogService dialogs;
    private final String stylesheet;
    private final SnapshotsViewModel model;
    private SnapshotsWindow open;

    public SnapshotsAction(Window owner, WorkspaceSession session, ExportService exports, DialogService dialogs,
                           String stylesheet) {
        this.owner = owner;
        this.session = session;
        this.exports = exports;
        this.dialogs = dialogs;
        this.stylesheet = stylesheet;
        this.model = new SnapshotsViewModel(session, dialogs, Clock.systemUTC(), ZoneId.systemDefault());
    }

    public SnapshotsViewModel model() {
        return model;
    }

    public void take() {
        model.take();
    }

    public SnapshotsWindow openList() {
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            return open;
        }
        open = new SnapshotsWindow(owner, this, stylesheet);
        open.show();
        model.load();
        return open;
    }

    void view(Snapshot snapshot) {
        model.read(snapshot, content -> new SnapshotTableWindow(owner, snapshot, content, model.zone(), stylesheet)
                .show());
    }

    void compare(Snapshot snapshot) {
        model.compare(snapshot, differences -> new ComparisonWindow(owner, snapshot, differences, model.zone(),
                stylesheet).show());
    }

    void export(Snapshot snapshot) {
        model.read(snapshot, content -> new ExportDialog(owner,
                ExportViewModel.ofSnapshot(session, exports, content, snapshot.name()), dialogs, stylesheet).show());
    }

    WorkspaceSession session() {
        return session;
    }
}
