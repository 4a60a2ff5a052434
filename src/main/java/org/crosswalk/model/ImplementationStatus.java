package org.crosswalk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the work on a priority stands, in the words boards use in their follow-up papers. Always
 * shown as words (and, on screen, with a colour as well), never colour alone.
 */
public enum ImplementationStatus {
    NOT_STARTED("Not started"), ON_TRACK("On track"), AT_RISK("At risk"), OFF_TRACK("Off track"), DONE("Done");

    private final String words;

    ImplementationStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** As stored in the workspace: "not_started", "on_track", … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status stored as {@code code}; empty for none or a value this version does not know. */
    public static Optional<ImplementationStatus> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        for (ImplementationStatus status : values()) {
            if (status.code().equals(code.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
