package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A priority supported by a plan item. {@code excerpt} is an optional verbatim part of the
 * item's text to quote instead of the whole item.
 */
public record Link(UUID id, UUID priorityId, UUID planItemId, String excerpt, Relevance relevance,
                   String note, int position) {
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priorityId, "priorityId");
        Objects.requireNonNull(planItemId, "planItemId");
        relevance = relevance == null ? Relevance.DIRECT : relevance;
        excerpt = excerpt == null || excerpt.isBlank() ? null : excerpt;
        note = note == null ? "" : note;
    }

    public boolean hasExcerpt() {
        return excerpt != null;
    }
}
