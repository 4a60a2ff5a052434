package org.crosswalk.ui.presentation;

import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * View > Presentation Mode: the window is made on first use and shown again after that, so its
 * listeners on the workspace are made once, and it comes back full screen at the same priority.
 */
public final class PresentationAction {
    private final Supplier<PresentationWindow> maker;
    private PresentationWindow window;

    public PresentationAction(Supplier<PresentationWindow> maker) {
        this.maker = maker;
    }

    public void open() {
        if (window == null) {
            window = maker.get();
        }
        window.show();
    }

    /** The window once opened (tests and screenshots look at it). */
    public Stage stage() {
        return window == null ? null : window.stage();
    }
}
