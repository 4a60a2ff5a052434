package org.crosswalk.store.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which backups of one workspace to remove: routine ones beyond the newest {@link #ROUTINE_KEPT};
 * "before …" ones older than {@link #PROTECTIVE_DAYS} days, except the newest {@link #PROTECTIVE_KEPT}.
 * The newest backup of all is never removed, so the only good backup is never lost.
 */
final class BackupRotation {
    static final int ROUTINE_KEPT = 10;
    static final int PROTECTIVE_KEPT = 3;
    static final int PROTECTIVE_DAYS = 30;

    private BackupRotation() {
    }

    static List<Backup> toRemove(List<Backup> backups, Instant now) {
        List<Backup> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(Backup::madeAt).reversed());
        List<Backup> remove = new ArrayList<>();
        int routine = 0;
        int protective = 0;
        Instant protectiveLimit = now.minus(Duration.ofDays(PROTECTIVE_DAYS));
        for (int i = 0; i < newestFirst.size(); i++) {
            Backup backup = newestFirst.get(i);
            boolean keep;
            if (backup.reason().isAutomatic()) {
                keep = ++routine <= ROUTINE_KEPT;
            } else {
                keep = ++protective <= PROTECTIVE_KEPT || backup.madeAt().isAfter(protectiveLimit);
            }
            if (!keep && i > 0) {
                remove.add(backup);
            }
        }
        return remove;
    }
}
