package org.crosswalk.search;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;

/**
 * "Draft links for all priorities": the best suggestions for every priority that has no links
 * yet, for a person to accept or dismiss in one list. Priorities the board has marked "not
 * mentioned in the plan" have been decided, so they are left out, as are dismissed items.
 */
public final class LinkDrafts {
    private LinkDrafts() {
    }

    /** A proposed link: the priority and one suggestion for it. */
    public record Draft(Priority priority, Suggester.Suggestion suggestion) {
    }

    /**
     * Told before each priority is drafted, for a progress bar; answering false stops the drafting,
     * which then returns what it has so far.
     */
    @FunctionalInterface
    public interface Progress {
        boolean drafting(Priority priority, int index, int total);
    }

    /** Drafts in outline order, each priority's best first, at most {@code perPriority} each. */
    public static List<Draft> draft(WorkspaceContent content, Suggester suggester,
                                    Map<UUID, Set<UUID>> dismissedByPriority, int perPriority) throws SQLException {
        return draft(content, suggester, dismissedByPriority, perPriority, (priority, index, total) -> true);
    }

    /** As {@link #draft(WorkspaceContent, Suggester, Map, int)}, telling {@code progress} as it goes. */
    public static List<Draft> draft(WorkspaceContent content, Suggester suggester,
                                    Map<UUID, Set<UUID>> dismissedByPriority, int perPriority, Progress progress)
            throws SQLException {
        List<Draft> drafts = new ArrayList<>();
        List<Priority> undecided = undecided(content);
        for (int i = 0; i < undecided.size(); i++) {
            Priority priority = undecided.get(i);
            if (!progress.drafting(priority, i, undecided.size())) {
                break;
            }
            Set<UUID> dismissed = dismissedByPriority.getOrDefault(priority.id(), Set.of());
            for (Suggester.Suggestion suggestion : suggester.suggestFor(content, priority, dismissed, perPriority)) {
                drafts.add(new Draft(priority, suggestion));
            }
        }
        return drafts;
    }

    /** Priorities without links and not marked "no mention", in the outline's order. */
    public static List<Priority> undecided(WorkspaceContent content) {
        List<Priority> undecided = new ArrayList<>();
        content.themes().forEach(theme -> content.prioritiesOf(theme.id()).stream()
                .filter(p -> !p.isNoMention() && content.linksOf(p.id()).isEmpty())
                .forEach(undecided::add));
        return undecided;
    }
}
