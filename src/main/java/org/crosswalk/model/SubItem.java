package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/** A line under a priority, e.g. "Housing and homelessness". */
public record SubItem(UUID id, UUID priorityId, String text, int position) {
    public SubItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priorityId, "priorityId");
        Text.requireText(text, "sub-item text");
    }
}
