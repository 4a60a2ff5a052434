package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/** A chapter of a plan, e.g. "2" "More NHS action on prevention and health inequalities". */
public record Chapter(UUID id, UUID planId, String number, String title, int position) {
    public Chapter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        Text.requireText(title, "chapter title");
    }

    /** "Chapter 2: More NHS action ..." or just the title when the chapter has no number. */
    public String heading() {
        return number == null || number.isBlank() ? title : "Chapter " + number + ": " + title;
    }
}
