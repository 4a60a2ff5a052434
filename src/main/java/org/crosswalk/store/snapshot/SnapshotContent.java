package org.crosswalk.store.snapshot;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;

/**
 * What a snapshot keeps of a workspace: the board's whole table and paper settings, and the plans
 * its links cite — each with its chapters, sections and items, so the snapshot's paper, coverage and
 * citations read as they did even after a later edition is added or a plan is removed.
 */
final class SnapshotContent {
    private SnapshotContent() {
    }

    static WorkspaceContent of(WorkspaceContent now) {
        Set<UUID> linkedItems = now.links().stream().map(l -> l.planItemId()).collect(Collectors.toSet());
        Set<UUID> citedPlans = now.items().stream().filter(i -> linkedItems.contains(i.id()))
                .map(PlanItem::planId).collect(Collectors.toSet());
        Set<UUID> chapters = now.chapters().stream().filter(c -> citedPlans.contains(c.planId()))
                .map(c -> c.id()).collect(Collectors.toSet());
        return new WorkspaceContent(now.board(),
                now.plans().stream().filter(p -> citedPlans.contains(p.id())).toList(),
                now.chapters().stream().filter(c -> citedPlans.contains(c.planId())).toList(),
                now.sections().stream().filter(s -> chapters.contains(s.chapterId())).toList(),
                now.items().stream().filter(i -> citedPlans.contains(i.planId())).toList(),
                now.themes(), now.priorities(), now.subItems(), now.links(), now.paper());
    }
}
