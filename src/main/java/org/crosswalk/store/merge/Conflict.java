package org.crosswalk.store.merge;

import java.util.List;

/**
 * Something both copies changed differently, for a decision in the room: what it is, and field by
 * field this workspace's value beside the other copy's, with who changed each side and when.
 *
 * @param key    identifies the conflict for {@link MergePreview#withChoices}
 * @param what   "Priority ‘Smoking in pregnancy’", in plain words
 * @param fields the differing fields; empty for a deletion against changes
 */
public record Conflict(String key, Kind kind, String what, List<Field> fields, Side ours, Side theirs) {
    public Conflict {
        fields = List.copyOf(fields);
    }

    public enum Kind {
        /** Both copies changed it, differently. */
        CHANGED_ON_BOTH,
        /** Deleted here; changed (or added to) on the other copy since. */
        DELETED_HERE,
        /** Deleted on the other copy; changed (or added to) here since. */
        DELETED_THERE
    }

    /** One field's two values, already in words. */
    public record Field(String name, String ours, String theirs) {
    }

    /** Who last changed one side and when (ISO-8601 UTC); {@code deleted} when that side deleted it. */
    public record Side(String who, String when, boolean deleted) {
    }
}
