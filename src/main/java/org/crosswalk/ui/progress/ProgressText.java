package org.crosswalk.ui.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.Progress;

/** How the progress view words dates, stamps and statuses (British forms, as in the board's papers). */
final class ProgressText {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private ProgressText() {
    }

    /** "Updated by Jane Officer on 7 Dec 2026, 14:05", or "No update yet". */
    static String updated(Progress progress, ZoneId zone) {
        if (progress.updatedAt() == null || progress.updatedAt().isBlank()) {
            return "No update yet";
        }
        String when;
        try {
            when = STAMP.format(Instant.parse(progress.updatedAt()).atZone(zone));
        } catch (DateTimeParseException e) {
            when = progress.updatedAt();
        }
        String who = progress.updatedBy() == null || progress.updatedBy().isBlank() ? "" : " by " + progress.updatedBy();
        return "Updated" + who + " on " + when;
    }

    /** The style class that colours a status chip; the words are always shown with it. */
    static String styleOf(ImplementationStatus status) {
        return status == null ? "status-none" : "status-" + status.code();
    }
}
