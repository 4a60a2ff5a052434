package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * One citable piece of a plan: a numbered paragraph, a commitment or unnumbered prose.
 * {@code number} and {@code page} may be null; {@code sectionId} is null when the item sits
 * directly under its chapter.
 */
public record PlanItem(UUID id, UUID planId, UUID chapterId, UUID sectionId, String number,
                       Integer page, ItemKind kind, String text, String fingerprint, int position) {
    public PlanItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(kind, "kind");
        Text.requireText(text, "plan item text");
        if (fingerprint == null || fingerprint.isBlank()) {
            fingerprint = Fingerprint.of(text);
        }
    }

    public boolean hasNumber() {
        return number != null && !number.isBlank();
    }

    /** "2.18" or "" for an unnumbered item. */
    public String numberOrBlank() {
        return hasNumber() ? number : "";
    }
}
