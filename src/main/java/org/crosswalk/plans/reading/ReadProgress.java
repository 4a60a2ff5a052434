package org.crosswalk.plans.reading;

import java.util.concurrent.CancellationException;

/** Where a reader has got to, and whether the person has asked it to stop. */
public interface ReadProgress {
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void update(long done, long total, String what) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param what a short phrase such as "Reading page 12 of 136" */
    void update(long done, long total, String what);

    boolean isCancelled();

    /** Readers call this between pages or blocks; it throws when the person pressed Cancel. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("The import was cancelled.");
        }
    }
}
