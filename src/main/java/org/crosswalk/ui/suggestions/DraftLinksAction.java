package org.crosswalk.ui.suggestions;

import javafx.application.Platform;
import javafx.stage.Window;
import org.crosswalk.ui.WorkspaceSession;

/** Opens the draft window, or brings the open one to the front: one at a time. */
public final class DraftLinksAction {
    private final Window owner;
    private final WorkspaceSession session;
    private final Suggesters suggesters;
    private final String stylesheet;
    private DraftLinksWindow open;

    public DraftLinksAction(Window owner, WorkspaceSession session, Suggesters suggesters, String stylesheet) {
        this.owner = owner;
        this.session = session;
        this.suggesters = suggesters;
        this.stylesheet = stylesheet;
    }

    public DraftLinksWindow open() {
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            open.stage().requestFocus();
            return open;
        }
        open = new DraftLinksWindow(owner, session, new DraftLinksViewModel(session, suggesters, Platform::runLater),
                stylesheet);
        open.show();
        return open;
    }
}
