package org.crosswalk.store.snapshot;

/**
 * One change between a snapshot and now: what kind, the priority it concerns (as worded now, or
 * then if it is gone), and what changed in words ("2.18 (NHS LTP p. 37)", "relevance Direct → Partial").
 */
public record Difference(Kind kind, String priority, String detail) {

    public enum Kind {
        PRIORITY_ADDED("Priority added"), PRIORITY_REMOVED("Priority removed"),
        PRIORITY_REWORDED("Priority reworded"), LINK_ADDED("Link added"), LINK_REMOVED("Link removed"),
        LINK_CHANGED("Link changed"), PROGRESS_CHANGED("Progress updated");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "Link added — Smoking: 2.18 (NHS LTP p. 37)". */
    public String line() {
        return kind.label() + " — " + priority + (detail.isEmpty() ? "" : ": " + detail);
    }
}
