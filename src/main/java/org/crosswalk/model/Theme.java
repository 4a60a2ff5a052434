package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/** A group of local priorities, e.g. "Keeping Yourself Healthy / Prevent". */
public record Theme(UUID id, UUID boardId, String title, int position) {
    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(boardId, "boardId");
        Text.requireText(title, "theme title");
    }
}
