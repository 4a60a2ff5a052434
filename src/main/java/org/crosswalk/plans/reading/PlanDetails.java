package org.crosswalk.plans.reading;

import java.util.Objects;

/**
 * What the person says about a plan being imported: its title, the short label used in
 * citations ("NHS LTP"), and optionally edition, publication date, publisher and source.
 */
public record PlanDetails(String title, String label, String edition, String published, String publisher,
                          String source) {
    public PlanDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
    }

    public static PlanDetails of(String title, String label) {
        return new PlanDetails(title, label, null, null, null, null);
    }
}
