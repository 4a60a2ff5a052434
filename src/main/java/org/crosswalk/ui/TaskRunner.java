package org.crosswalk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (files, SQLite) off the JavaFX thread, one task after another so edits reach
 * the file in the order they were made, and hands the result back on the JavaFX thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onError);

    /** Blocks until everything submitted so far is done (used when closing). */
    void drain();
}
