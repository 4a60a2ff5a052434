package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A national plan as the workspace holds it (e.g. the NHS Long Term Plan, January 2019).
 * {@code replacesPlanId} is the earlier edition in the workspace that this plan replaces, or null.
 */
public record Plan(UUID id, String title, String label, String edition, String published,
                   String publisher, String source, String attribution, UUID replacesPlanId) {
    public Plan {
        Objects.requireNonNull(id, "id");
        Text.requireText(title, "plan title");
        Text.requireText(label, "plan label");
    }

    /** A plan that replaces no other. */
    public Plan(UUID id, String title, String label, String edition, String published, String publisher,
                String source, String attribution) {
        this(id, title, label, edition, published, publisher, source, attribution, null);
    }

    public boolean isLaterEdition() {
        return replacesPlanId != null;
    }
}
