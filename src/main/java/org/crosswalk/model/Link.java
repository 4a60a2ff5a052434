package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A priority supported by a plan item. {@code excerpt} is an optional verbatim part of the
 * item's text to quote instead of the whole item. {@code review} says whether the link waits to be
 * looked at again after a new edition of the plan; {@code reviewNote} then holds, for example, the
 * text of the item the link was made to (null when there is none).
 */
public record Link(UUID id, UUID priorityId, UUID planItemId, String excerpt, Relevance relevance,
                   String note, int position, LinkReview review, String reviewNote) {
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priorityId, "priorityId");
        Objects.requireNonNull(planItemId, "planItemId");
        relevance = relevance == null ? Relevance.DIRECT : relevance;
        excerpt = excerpt == null || excerpt.isBlank() ? null : excerpt;
        note = note == null ? "" : note;
        review = review == null ? LinkReview.NONE : review;
        reviewNote = reviewNote == null || reviewNote.isBlank() ? null : reviewNote;
    }

    /** A link with nothing to review. */
    public Link(UUID id, UUID priorityId, UUID planItemId, String excerpt, Relevance relevance, String note,
                int position) {
        this(id, priorityId, planItemId, excerpt, relevance, note, position, LinkReview.NONE, null);
    }

    public boolean hasExcerpt() {
        return excerpt != null;
    }

    public boolean needsReview() {
        return review.needsReview();
    }
}
