package org.crosswalk.store.snapshot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;

/** How a priority's follow-up changed between two versions of it, in words a board reads. */
final class ProgressChanges {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ProgressChanges() {
    }

    /** "status On track → At risk, due date 31 Mar 2027 → 30 Jun 2027, new update", or "" when nothing changed. */
    static String between(Priority then, Priority now) {
        List<String> changes = new ArrayList<>();
        if (!then.lead().strip().equals(now.lead().strip())) {
            changes.add(now.lead().isBlank() ? "lead removed (was " + then.lead().strip() + ")"
                    : "lead " + (then.lead().isBlank() ? "now " : then.lead().strip() + " → ") + now.lead().strip());
        }
        Progress before = then.progress();
        Progress after = now.progress();
        if (before.status() != after.status()) {
            changes.add("status " + words(before.status()) + " → " + words(after.status()));
        }
        if (!Objects.equals(before.due(), after.due())) {
            changes.add("due date " + day(before.due()) + " → " + day(after.due()));
        }
        if (!before.action().strip().equals(after.action().strip())) {
            changes.add(after.action().isBlank() ? "action removed" : before.action().isBlank() ? "action added"
                    : "action changed");
        }
        if (!before.update().strip().equals(after.update().strip())) {
            changes.add(after.update().isBlank() ? "update removed" : "new update");
        }
        return String.join(", ", changes);
    }

    private static String words(ImplementationStatus status) {
        return status == null ? "not reported" : status.words();
    }

    private static String day(LocalDate date) {
        return date == null ? "none" : DAY.format(date);
    }
}
