package org.crosswalk.ui.merge;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.crosswalk.store.merge.Choice;
import org.crosswalk.store.merge.Conflict;

/** The merge window's words for a workshop: no database terms, who and when in local time. */
final class MergeWording {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private MergeWording() {
    }

    static String heading(Conflict.Kind kind) {
        return switch (kind) {
            case CHANGED_ON_BOTH -> "Changed on both laptops";
            case DELETED_HERE -> "Deleted here, but changed on the other copy";
            case DELETED_THERE -> "Deleted on the other copy, but changed here";
        };
    }

    static String choice(Conflict.Kind kind, Choice choice) {
        return switch (kind) {
            case CHANGED_ON_BOTH -> choice == Choice.OURS ? "Keep ours" : "Take theirs";
            case DELETED_HERE -> choice == Choice.OURS ? "Keep it deleted" : "Bring it back (theirs)";
            case DELETED_THERE -> choice == Choice.OURS ? "Keep it (ours)" : "Delete it, as they did";
        };
    }

    /** "Changed by Sam Secretary, 14 Feb 2019, 09:31". */
    static String side(Conflict.Side side, ZoneId zone) {
        String action = side.deleted() ? "Deleted" : "Changed";
        if (side.who().isBlank()) {
            return action + " (before Crosswalk noted who and when)";
        }
        return action + " by " + side.who() + ", " + when(side.when(), zone);
    }

    static String when(String iso, ZoneId zone) {
        try {
            return WHEN.format(Instant.parse(iso).atZone(zone));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
