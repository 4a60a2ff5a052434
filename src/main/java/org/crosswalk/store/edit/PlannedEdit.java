package org.crosswalk.store.edit;

import java.util.List;

/** What an edit will do: a description for the Undo menu and history, and its row changes. */
public record PlannedEdit(String description, List<RowChange> changes) {
    public PlannedEdit {
        changes = List.copyOf(changes);
    }

    PlannedEdit inverse() {
        List<RowChange> reversed = new java.util.ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            reversed.add(changes.get(i).inverse());
        }
        return new PlannedEdit(description, reversed);
    }
}
