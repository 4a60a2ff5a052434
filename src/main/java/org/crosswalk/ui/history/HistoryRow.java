package org.crosswalk.ui.history;

import java.util.Locale;

/** One line of the history panel: when, who, what, and whether it was an undo or redo. */
public record HistoryRow(String when, String who, String what, boolean undoOrRedo) {

    /** Whether the row holds {@code words} (already lower case) in what, who or when. */
    boolean matches(String words) {
        return words.isEmpty() || (what + " " + who + " " + when).toLowerCase(Locale.ROOT).contains(words);
    }
}
