package org.crosswalk.store.merge;

/** What the room decided for one conflict. */
public enum Choice {
    /** Keep this workspace's version (or its deletion). */
    OURS,
    /** Take the other copy's version (or its deletion). */
    THEIRS
}
