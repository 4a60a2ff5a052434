package org.crosswalk.ui.backups;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupSummary;

/** One backup as the list shows it; {@code summary} is null when the file could not be read. */
public record BackupRow(Backup backup, BackupSummary summary, ZoneId zone) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.UK);

    /** "Mon 23 Nov 2026, 18:20:05" in the computer's time. */
    public String when() {
        return WHEN.format(backup.madeAt().atZone(zone));
    }

    /** A time stamp from the file (ISO-8601, UTC) the way {@link #when()} shows times; as stored if unreadable. */
    public String local(String stamp) {
        try {
            return WHEN.format(java.time.Instant.parse(stamp).atZone(zone));
        } catch (java.time.format.DateTimeParseException e) {
            return stamp;
        }
    }

    /** "On open", "Before restore". */
    public String why() {
        String label = backup.reason().label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public String contents() {
        return summary == null ? "cannot be read (damaged?)" : summary.counts();
    }

    /** "820 KB", "1.4 MB". */
    public String size() {
        long bytes = backup.size();
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String toString() {
        return when() + " — " + why() + " — " + contents() + " — " + size();
    }
}
