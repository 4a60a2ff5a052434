package org.crosswalk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs tasks at once on the calling thread, so view models can be tested without JavaFX. */
final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void drain() {
    }
}
