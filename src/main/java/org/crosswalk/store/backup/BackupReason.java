package org.crosswalk.store.backup;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was made; the label is also how it appears in the backup's file name. */
public enum BackupReason {
    ON_OPEN("on open", true),
    WHILE_EDITING("while editing", true),
    BEFORE_UPGRADE("before upgrade", false),
    BEFORE_MERGE("before merge", false),
    BEFORE_RESTORE("before restore", false);

    private final String label;
    private final boolean automatic;

    BackupReason(String label, boolean automatic) {
        this.label = label;
        this.automatic = automatic;
    }

    public String label() {
        return label;
    }

    /** Routine backups (on open, while editing) rotate by count; the "before …" ones are kept longer. */
    public boolean isAutomatic() {
        return automatic;
    }

    static Optional<BackupReason> fromLabel(String label) {
        return Arrays.stream(values()).filter(reason -> reason.label.equals(label)).findFirst();
    }
}
