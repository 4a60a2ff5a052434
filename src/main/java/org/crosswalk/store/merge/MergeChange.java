package org.crosswalk.store.merge;

/** One thing a merge does (or leaves alone), in plain words: "Priority ‘Healthy weight’". */
public record MergeChange(Kind kind, String what, String who, String when) {
    public enum Kind {
        /** Only on the other copy: added here. */
        ADDED,
        /** Changed only on the other copy: their version taken. */
        TAKEN,
        /** Deleted on the other copy and not changed here since: deleted here too. */
        DELETED,
        /** Deleted here and not changed on the other copy since: stays deleted. */
        KEPT_DELETED,
        /** Changed only here: this version kept. */
        KEPT_OURS
    }
}
