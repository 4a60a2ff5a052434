package org.crosswalk.model;

import java.util.List;
import java.util.Objects;

/** A whole plan with its outline and items, as read from a catalogue or an import. */
public record PlanContent(Plan plan, List<Chapter> chapters, List<Section> sections, List<PlanItem> items) {
    public PlanContent {
        Objects.requireNonNull(plan, "plan");
        chapters = List.copyOf(chapters);
        sections = List.copyOf(sections);
        items = List.copyOf(items);
    }
}
