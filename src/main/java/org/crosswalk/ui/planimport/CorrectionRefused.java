package org.crosswalk.ui.planimport;

/** A correction that cannot be made, with a message saying why and what to do instead. */
final class CorrectionRefused extends RuntimeException {
    CorrectionRefused(String message) {
        super(message);
    }
}
