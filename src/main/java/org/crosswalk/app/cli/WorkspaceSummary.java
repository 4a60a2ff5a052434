package org.crosswalk.app.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;

/** What {@code crosswalk info} reports about a workspace; also its {@code --json} shape. */
@JsonPropertyOrder({"file", "board", "title", "schemaVersion", "plans", "counts"})
record WorkspaceSummary(String file, String board, String title, int schemaVersion, List<PlanSummary> plans,
                        Counts counts) {

    @JsonPropertyOrder({"label", "title", "edition", "items"})
    record PlanSummary(String label, String title, String edition, int items) {
    }

    /**
     * {@code unmapped}: priorities with neither a link nor a "no mention" statement, i.e. the
     * rows of the board's table still to be done.
     */
    @JsonPropertyOrder({"plans", "themes", "priorities", "subItems", "links", "noMention", "unmapped"})
    record Counts(int plans, int themes, int priorities, int subItems, int links, int noMention, int unmapped) {
    }

    static WorkspaceSummary of(String file, int schemaVersion, WorkspaceContent content) {
        List<PlanSummary> plans = content.plans().stream()
                .map(plan -> new PlanSummary(plan.label(), plan.title(), plan.edition(),
                        content.planItems(plan.id()).size()))
                .toList();
        Set<UUID> linked = content.links().stream().map(Link::priorityId).collect(Collectors.toSet());
        int noMention = (int) content.priorities().stream().filter(Priority::isNoMention).count();
        int unmapped = (int) content.priorities().stream()
                .filter(p -> !p.isNoMention() && !linked.contains(p.id()))
                .count();
        Counts counts = new Counts(content.plans().size(), content.themes().size(), content.priorities().size(),
                content.subItems().size(), content.links().size(), noMention, unmapped);
        return new WorkspaceSummary(file, content.board().name(), content.board().title(), schemaVersion, plans,
                counts);
    }

    /** "NHS LTP" or "NHS LTP, PHE 2020": the plans by their citation labels. */
    String planLabels() {
        return plans.isEmpty() ? "no plan" : plans.stream().map(PlanSummary::label).collect(Collectors.joining(", "));
    }

    /** One line for {@code crosswalk sample}. */
    String oneLine() {
        return board + ": " + plural(counts.plans(), "plan") + " (" + planLabels() + "), "
                + plural(counts.themes(), "theme") + ", " + plural(counts.priorities(), "priority") + ", "
                + plural(counts.links(), "link") + ", " + counts.noMention() + " marked “no mention”.";
    }

    static String plural(int count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
