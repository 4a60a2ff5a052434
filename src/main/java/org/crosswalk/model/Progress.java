package org.crosswalk.model;

import java.time.LocalDate;

/**
 * How the board follows a priority up once the table is agreed: the action being taken, its
 * status, when it is due, and the last update with who gave it and when.
 *
 * @param status    null while nobody has reported on the priority
 * @param due       null when no date is set
 * @param updatedAt when the progress was last changed (ISO instant), null if never
 */
public record Progress(String action, ImplementationStatus status, LocalDate due, String update, String updatedAt,
                       String updatedBy) {
    /** A priority nobody has reported on yet. */
    public static final Progress NONE = new Progress("", null, null, "", null, null);

    public Progress {
        action = action == null ? "" : action;
        update = update == null ? "" : update;
    }

    /** The same follow-up with a new status and update (the stamp is set when it is saved). */
    public Progress withStatusAndUpdate(ImplementationStatus newStatus, String newUpdate) {
        return new Progress(action, newStatus, due, newUpdate, updatedAt, updatedBy);
    }

    /** Whether anything has been recorded: an action, a status, a date or an update. */
    public boolean isRecorded() {
        return !action.isBlank() || status != null || due != null || !update.isBlank();
    }

    /** Due before {@code today} and not done. */
    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today) && status != ImplementationStatus.DONE;
    }
}
