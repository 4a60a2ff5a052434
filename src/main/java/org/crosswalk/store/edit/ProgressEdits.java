package org.crosswalk.store.edit;

import static org.crosswalk.store.edit.Tables.PRIORITY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Progress;

/** Following a priority up after the table is agreed: its action, status, due date and latest update. */
public final class ProgressEdits {
    /** Longer than any update a board paper prints; a paste of a whole document is refused. */
    static final int LONGEST_TEXT = 10_000;

    private ProgressEdits() {
    }

    /** Records the priority's progress, leaving who leads it as it is. */
    public static Edit setProgress(UUID priorityId, Progress progress) {
        return setProgress(priorityId, null, progress);
    }

    /**
     * Records who leads the priority ({@code lead}, null to leave it) and its progress as one
     * undoable edit; the progress stamp (who, when) changes only when the progress does.
     */
    public static Edit setProgress(UUID priorityId, String lead, Progress progress) {
        String action = progress.action().strip();
        String update = progress.update().strip();
        return context -> {
            Map<String, Object> row = context.row(PRIORITY, priorityId, "priority");
            requireShort(action, "action");
            requireShort(update, "update");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("action", action);
            values.put("status", progress.status() == null ? null : progress.status().code());
            values.put("due_date", progress.due() == null ? null : progress.due().toString());
            values.put("progress_note", update);
            List<RowChange> changes = new ArrayList<>();
            Map<String, Object> stamped = new LinkedHashMap<>(values);
            stamped.put("progress_at", context.now());
            stamped.put("progress_by", context.author());
            if (context.update(row, PRIORITY, values).isPresent()) {
                values = stamped;
            }
            if (lead != null) {
                requireShort(lead.strip(), "lead");
                values.put("lead", lead.strip());
            }
            context.update(row, PRIORITY, values).ifPresent(changes::add);
            return new PlannedEdit("Update progress of " + Describe.quote(row.get("title")), changes);
        };
    }

    private static void requireShort(String text, String what) {
        if (text.length() > LONGEST_TEXT) {
            throw new EditRejectedException("The " + what + " is " + text.length() + " characters long; keep it under "
                    + LONGEST_TEXT + " (a board paper prints a few lines). Put longer reports in the board's papers.");
        }
    }
}
