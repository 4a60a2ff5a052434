package org.crosswalk.tables.mapping;

import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Relevance;

/**
 * What importing a mapping table will do, for the person to look at before anything is saved:
 * the themes, priorities and sub-items (new ones, and those the workspace has already, matched by
 * wording), the links and "no mention" statements, and everything that could not be matched.
 * {@link TableImportEdit#of} turns it into one undoable edit.
 *
 * @param plan the plan the citations were matched in (null when the table cites nothing)
 */
public record TablePreview(String source, Plan plan, List<ThemeDraft> themes, List<Unmatched> unmatched) {
    public TablePreview {
        themes = List.copyOf(themes);
        unmatched = List.copyOf(unmatched);
    }

    /** A theme; {@code existingId} is the workspace's theme of the same wording, or null for a new one. */
    public record ThemeDraft(UUID existingId, String title, List<PriorityDraft> priorities) {
        public ThemeDraft {
            priorities = List.copyOf(priorities);
        }

        public boolean isNew() {
            return existingId == null;
        }
    }

    /**
     * A priority with its sub-items and links in the table's order. {@code noMention} is the
     * wording to set (null: none, or the priority is linked). An existing priority keeps its own
     * note and lead.
     */
    public record PriorityDraft(int line, UUID existingId, String title, String note, String lead,
                                List<SubItemDraft> subItems,
                                List<LinkDraft> links, String noMention) {
        public PriorityDraft {
            subItems = List.copyOf(subItems);
            links = List.copyOf(links);
        }

        public boolean isNew() {
            return existingId == null;
        }
    }

    public record SubItemDraft(String text, boolean exists) {
    }

    /** A link to make ({@code exists}: the workspace has it already); {@code excerpt} null quotes the whole item. */
    public record LinkDraft(int line, PlanItem item, String excerpt, Relevance relevance, String note,
                            boolean exists) {
    }

    /** Something the table cites or holds that was not imported, and why. */
    public record Unmatched(int line, String text, String reason) {
    }

    public long newThemes() {
        return themes.stream().filter(ThemeDraft::isNew).count();
    }

    public long newPriorities() {
        return priorities().stream().filter(PriorityDraft::isNew).count();
    }

    public long newSubItems() {
        return priorities().stream().flatMap(p -> p.subItems().stream()).filter(s -> !s.exists()).count();
    }

    public long newLinks() {
        return priorities().stream().flatMap(p -> p.links().stream()).filter(l -> !l.exists()).count();
    }

    public long noMentions() {
        return priorities().stream().filter(p -> p.noMention() != null).count();
    }

    /** True when importing would change nothing. */
    public boolean changesNothing() {
        return newThemes() + newPriorities() + newSubItems() + newLinks() + noMentions() == 0;
    }

    public List<PriorityDraft> priorities() {
        return themes.stream().flatMap(t -> t.priorities().stream()).toList();
    }
}
