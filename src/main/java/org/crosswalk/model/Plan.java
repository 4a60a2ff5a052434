package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/** A national plan as the workspace holds it (e.g. the NHS Long Term Plan, January 2019). */
public record Plan(UUID id, String title, String label, String edition, String published,
                   String publisher, String source, String attribution) {
    public Plan {
        Objects.requireNonNull(id, "id");
        Text.requireText(title, "plan title");
        Text.requireText(label, "plan label");
    }
}
