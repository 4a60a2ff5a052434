package org.crosswalk.model;

import java.util.Locale;

/**
 * Whether a link waits for the person to look at it again after a new edition of its plan was
 * added: the item's text changed, or the item was not found in the new edition.
 */
public enum LinkReview {
    /** Nothing to review. */
    NONE,
    /**
     * The link moved to the new edition's item, whose text differs from the text it was made to
     * (kept in the link's review note), or no longer holds the link's excerpt word for word.
     */
    CHANGED,
    /** The item was not found in the new edition; the link stays on the earlier edition's item. */
    VANISHED;

    public boolean needsReview() {
        return this != NONE;
    }

    /** "changed" or "vanished" as the workspace file stores it; null for {@link #NONE}. */
    public String code() {
        return this == NONE ? null : name().toLowerCase(Locale.ROOT);
    }

    /** The review for a stored code; null or blank is {@link #NONE}. */
    public static LinkReview fromCode(String code) {
        return code == null || code.isBlank() ? NONE : valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
