package org.crosswalk.store.history;

import java.time.Instant;

/**
 * One logged change: when, who, what ({@code action} is "edit", "undo" or "redo"), and whether
 * the rows it touched were recorded, which changes made before the upgrade that added them lack.
 */
public record HistoryEntry(long seq, Instant at, String author, String action, String description,
                           boolean filterable) {

    public boolean isUndo() {
        return "undo".equals(action);
    }

    public boolean isRedo() {
        return "redo".equals(action);
    }

    /** The description as a reader sees it: "Undo: Rename priority ‘…’" for an undo. */
    public String what() {
        return isUndo() ? "Undo: " + description : isRedo() ? "Redo: " + description : description;
    }
}
