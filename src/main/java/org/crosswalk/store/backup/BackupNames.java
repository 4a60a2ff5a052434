package org.crosswalk.store.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup file names a person browsing the folder understands, and that Crosswalk reads back:
 * {@code NAME (2026-11-23 18-20-05, on open).crosswalk}, in the computer's local time.
 */
final class BackupNames {
    static final String EXTENSION = ".crosswalk";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm-ss");
    private static final Pattern NAME = Pattern.compile(
            "(.*) \\((\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d-\\d\\d), ([a-z ]+)\\)" + Pattern.quote(EXTENSION));
    /** Characters some file systems refuse (Windows), and control characters. */
    private static final Pattern UNSAFE = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}]");

    private final ZoneId zone;

    BackupNames(ZoneId zone) {
        this.zone = zone;
    }

    String name(String workspaceName, Instant madeAt, BackupReason reason) {
        return safe(workspaceName) + " (" + STAMP.format(madeAt.atZone(zone)) + ", " + reason.label() + ")"
                + EXTENSION;
    }

    /** The backup a file name describes, or empty for files that are not backups. */
    Optional<Backup> parse(Path file, long size) {
        Matcher match = NAME.matcher(file.getFileName().toString());
        if (!match.matches()) {
            return Optional.empty();
        }
        try {
            Instant madeAt = LocalDateTime.parse(match.group(2), STAMP).atZone(zone).toInstant();
            return BackupReason.fromLabel(match.group(3))
                    .map(reason -> new Backup(file, match.group(1), madeAt, reason, size));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A workspace's file name without its ending, safe as part of a file name anywhere. */
    static String safe(String name) {
        String base = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        String cleaned = UNSAFE.matcher(base).replaceAll("_").strip();
        return cleaned.isEmpty() ? "Workspace" : cleaned;
    }
}
