package org.crosswalk.ui.mapping;

import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;

/** One row of the mapping table, shaped like the board paper's table. */
public sealed interface MappingRow {

    /** The priority this row belongs to, if any (theme bands have none). */
    UUID priorityId();

    /** A theme band. */
    record ThemeBand(Theme theme) implements MappingRow {
        @Override
        public UUID priorityId() {
            return null;
        }
    }

    /** A priority with its sub-items; {@code linkCount} 0 shows "no mention" or "not linked yet". */
    record PriorityLine(Priority priority, List<SubItem> subItems, int linkCount) implements MappingRow {
        @Override
        public UUID priorityId() {
            return priority.id();
        }
    }

    /**
     * A plan item linked to the priority above it; {@code quote} is the excerpt or the whole text.
     * {@code reviewReason} says why the link waits for review ("" when it does not).
     */
    record LinkLine(Link link, PlanItem item, String citation, String reviewReason) implements MappingRow {
        @Override
        public UUID priorityId() {
            return link.priorityId();
        }

        public String quote() {
            return link.hasExcerpt() ? link.excerpt() : item.text();
        }
    }
}
