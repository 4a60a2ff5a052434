package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/** A section heading inside a chapter of a plan. */
public record Section(UUID id, UUID chapterId, String title, int position) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chapterId, "chapterId");
        Text.requireText(title, "section title");
    }
}
