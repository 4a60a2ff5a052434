package org.crosswalk.ui.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosswalk.store.history.HistoryEntry;

/** One line of the history panel: when, who, what, and whether it was an undo or redo. */
public record HistoryRow(String when, String who, String what, boolean undoOrRedo) {

    /** The rows for {@code entries}, with times said relative to {@code now} in {@code zone}. */
    public static List<HistoryRow> of(List<HistoryEntry> entries, Instant now, ZoneId zone) {
        // Many changes share a minute: each minute is formatted once.
        Map<Long, String> minutes = new HashMap<>();
        return entries.stream().map(entry -> new HistoryRow(
                minutes.computeIfAbsent(entry.at().getEpochSecond() / 60, m -> When.format(entry.at(), now, zone)),
                entry.author(), entry.what(), entry.isUndo() || entry.isRedo())).toList();
    }

    /** Whether the row holds {@code words} (already lower case) in what, who or when. */
    boolean matches(String words) {
        return words.isEmpty() || (what + " " + who + " " + when).toLowerCase(Locale.ROOT).contains(words);
    }
}
