package org.crosswalk.store.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;

/**
 * What changed between a snapshot and now, matched by stable ids (never by wording): priorities
 * added, removed or reworded; links added, removed, or changed (paragraph, excerpt, relevance, note);
 * a priority's follow-up changed (lead, status, action, due date, update).
 */
public final class SnapshotComparison {
    private SnapshotComparison() {
    }

    public static List<Difference> between(WorkspaceContent then, WorkspaceContent now) {
        List<Difference> differences = new ArrayList<>();
        comparePriorities(then, now, differences);
        compareLinks(then, now, differences);
        return differences;
    }

    private static void comparePriorities(WorkspaceContent then, WorkspaceContent now, List<Difference> out) {
        Map<UUID, Priority> before = byId(then.priorities(), Priority::id);
        Map<UUID, Priority> after = byId(now.priorities(), Priority::id);
        for (Priority priority : now.priorities()) {
            Priority old = before.get(priority.id());
            if (old == null) {
                out.add(new Difference(Difference.Kind.PRIORITY_ADDED, priority.title(), ""));
            } else {
                if (!old.title().equals(priority.title())) {
                    out.add(new Difference(Difference.Kind.PRIORITY_REWORDED, priority.title(),
                            "was “" + old.title() + "”"));
                }
                String progress = ProgressChanges.between(old, priority);
                if (!progress.isEmpty()) {
                    out.add(new Difference(Difference.Kind.PROGRESS_CHANGED, priority.title(), progress));
                }
            }
        }
        for (Priority priority : then.priorities()) {
            if (!after.containsKey(priority.id())) {
                out.add(new Difference(Difference.Kind.PRIORITY_REMOVED, priority.title(), ""));
            }
        }
    }

    private static void compareLinks(WorkspaceContent then, WorkspaceContent now, List<Difference> out) {
        Map<UUID, Link> before = byId(then.links(), Link::id);
        Map<UUID, Link> after = byId(now.links(), Link::id);
        for (Link link : now.links()) {
            Link old = before.get(link.id());
            if (old == null) {
                out.add(new Difference(Difference.Kind.LINK_ADDED, priorityTitle(now, then, link), item(now, link)));
            } else {
                String changes = changes(then, old, now, link);
                if (!changes.isEmpty()) {
                    out.add(new Difference(Difference.Kind.LINK_CHANGED, priorityTitle(now, then, link),
                            item(now, link) + ": " + changes));
                }
            }
        }
        for (Link link : then.links()) {
            if (!after.containsKey(link.id())) {
                out.add(new Difference(Difference.Kind.LINK_REMOVED, priorityTitle(now, then, link), item(then, link)));
            }
        }
    }

    private static String changes(WorkspaceContent then, Link old, WorkspaceContent now, Link link) {
        List<String> changes = new ArrayList<>();
        if (!old.planItemId().equals(link.planItemId())) {
            changes.add("was " + item(then, old));
        }
        if (!Objects.equals(old.excerpt(), link.excerpt())) {
            changes.add(link.excerpt() == null ? "excerpt removed" : old.excerpt() == null ? "excerpt added"
                    : "excerpt changed");
        }
        if (old.relevance() != link.relevance()) {
            changes.add("relevance " + old.relevance().label() + " → " + link.relevance().label());
        }
        if (!old.note().equals(link.note())) {
            changes.add(link.note().isEmpty() ? "note removed" : old.note().isEmpty() ? "note added" : "note changed");
        }
        return String.join(", ", changes);
    }

    /** The priority's title now, or as it was when it no longer exists. */
    private static String priorityTitle(WorkspaceContent now, WorkspaceContent then, Link link) {
        return now.priority(link.priorityId()).or(() -> then.priority(link.priorityId()))
                .map(Priority::title).orElse("(a removed priority)");
    }

    /** "2.18 (NHS LTP p. 37)", or the start of the text for an unnumbered item. */
    private static String item(WorkspaceContent content, Link link) {
        return content.item(link.planItemId()).map(i -> name(i) + " " + content.citation(i))
                .orElse("a paragraph no longer in the workspace");
    }

    private static String name(PlanItem item) {
        if (item.hasNumber()) {
            return item.number();
        }
        String text = item.text().strip();
        return "“" + (text.length() > 40 ? text.substring(0, 39).strip() + "…" : text) + "”";
    }

    private static <T> Map<UUID, T> byId(List<T> list, Function<T, UUID> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
