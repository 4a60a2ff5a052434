package org.crosswalk.ui.coverage;

import javafx.stage.Window;
import org.crosswalk.ui.WorkspaceSession;

/** Opens the coverage window, or brings the open one to the front: one at a time. */
public final class CoverageAction {
    private final Window owner;
    private final WorkspaceSession session;
    private final String stylesheet;
    private CoverageViewModel model;
    private CoverageWindow open;

    public CoverageAction(Window owner, WorkspaceSession session, String stylesheet) {
        this.owner = owner;
        this.session = session;
        this.stylesheet = stylesheet;
    }

    public CoverageWindow open() {
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            open.stage().requestFocus();
            return open;
        }
        if (model == null) {
            model = new CoverageViewModel(session); // one for the session: it listens to every change
        }
        open = new CoverageWindow(owner, model, stylesheet);
        open.show();
        return open;
    }
}
