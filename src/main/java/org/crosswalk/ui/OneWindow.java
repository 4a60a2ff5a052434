package org.crosswalk.ui;

import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * A menu command's own window, made on first use and brought forward after that, so its listeners
 * on the workspace are made once and it keeps its place between openings.
 */
public final class OneWindow {
    /** A window such a command opens. */
    public interface Shown {
        void show();

        Stage stage();
    }

    private final Supplier<? extends Shown> maker;
    private Shown window;

    public OneWindow(Supplier<? extends Shown> maker) {
        this.maker = maker;
    }

    public void open() {
        if (window == null) {
            window = maker.get();
        }
        window.show();
    }

    /** The window once opened, else null (tests look at it). */
    public Stage stage() {
        return window == null ? null : window.stage();
    }
}
