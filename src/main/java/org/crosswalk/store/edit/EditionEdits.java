package org.crosswalk.store.edit;

import static org.crosswalk.store.edit.Describe.quote;
import static org.crosswalk.store.edit.OutlineEdits.uuid;
import static org.crosswalk.store.edit.Tables.LINK;
import static org.crosswalk.store.edit.Tables.PLAN;
import static org.crosswalk.store.edit.Tables.PLAN_ITEM;
import static org.crosswalk.store.edit.Tables.PRIORITY;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.EditionPreview.LinkOutcome;

/**
 * A new edition of a plan that is already in the workspace, and the review of the links it
 * touches. Adding the edition is one undoable edit: the new plan goes in beside the earlier one
 * (which stays, with its items), and each link to an earlier item moves to the same item of the new
 * edition, is flagged for review, or both; see {@link EditionMatcher} for how items are matched and
 * {@link #preview} to see the result before making the edit.
 */
public final class EditionEdits {
    private EditionEdits() {
    }

    /**
     * What {@link #addEdition} would do with the links of {@code content}, changing nothing.
     *
     * @throws EditRejectedException when the edition cannot be added, with the same message the
     *     edit would give
     */
    public static EditionPreview preview(WorkspaceContent content, UUID earlierPlanId, PlanContent newEdition) {
        Plan earlier = content.plan(earlierPlanId).orElseThrow(EditionEdits::earlierMissing);
        check(newEdition, earlier.title(), earlier.edition(), earlierPlanId,
                content.plan(newEdition.plan().id()).isPresent(),
                content.plans().stream().filter(p -> earlierPlanId.equals(p.replacesPlanId())).findFirst()
                        .map(p -> p.title() + "” (" + p.edition() + ")"));
        List<PlanItem> items = content.planItems(earlierPlanId);
        Set<UUID> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        List<Link> links = content.links().stream().filter(l -> ids.contains(l.planItemId()))
                .sorted(Comparator.comparing((Link l) -> l.priorityId().toString()).thenComparingInt(Link::position))
                .toList();
        return EditionMatcher.match(earlierPlanId, items, links, newEdition);
    }

    /**
     * Adds {@code newEdition} as the edition that replaces plan {@code earlierPlanId}, and moves or
     * flags every link to the earlier edition's items as {@link #preview} shows, in one edit.
     */
    public static Edit addEdition(UUID earlierPlanId, PlanContent newEdition) {
        return context -> {
            Map<String, Object> earlier = context.find(PLAN, earlierPlanId).orElseThrow(EditionEdits::earlierMissing);
            Optional<String> replacedBy = context.query("SELECT title, edition FROM plan WHERE replaces_plan_id = ?",
                            earlierPlanId.toString()).stream().findFirst()
                    .map(p -> p.get("title") + "” (" + p.get("edition") + ")");
            check(newEdition, (String) earlier.get("title"), (String) earlier.get("edition"), earlierPlanId,
                    context.find(PLAN, newEdition.plan().id()).isPresent(), replacedBy);

            List<PlanItem> items = new ArrayList<>();
            for (Map<String, Object> row : context.query(
                    "SELECT * FROM plan_item WHERE plan_id = ? ORDER BY position, seq", earlierPlanId.toString())) {
                items.add(item(row));
            }
            Map<String, Map<String, Object>> linkRows = new HashMap<>();
            List<Link> links = new ArrayList<>();
            for (Map<String, Object> row : context.query("SELECT link.* FROM link JOIN plan_item "
                    + "ON plan_item.id = link.plan_item_id WHERE plan_item.plan_id = ? "
                    + "ORDER BY link.priority_id, link.position", earlierPlanId.toString())) {
                linkRows.put((String) row.get("id"), row);
                links.add(link(row));
            }
            EditionPreview preview = EditionMatcher.match(earlierPlanId, items, links, newEdition);

            List<RowChange> changes = new ArrayList<>(PlanEdits.insertPlan(context, newEdition, earlierPlanId));
            for (LinkOutcome outcome : preview.outcomes()) {
                Map<String, Object> values = new HashMap<>();
                values.put("plan_item_id", outcome.itemAfter().toString());
                if (outcome.outcome() != EditionPreview.Outcome.CARRIED) {
                    values.put("review", outcome.outcome() == EditionPreview.Outcome.CHANGED
                            ? LinkReview.CHANGED.code() : LinkReview.VANISHED.code());
                    values.put("review_note", outcome.reviewNote());
                }
                context.update(linkRows.get(outcome.linkId().toString()), LINK, values).ifPresent(changes::add);
            }
            Plan plan = newEdition.plan();
            return new PlannedEdit("Add edition " + quote(plan.title() + " (" + plan.edition() + ")"), changes);
        };
    }

    /** Marks a flagged link as looked at: it stays where it is and leaves the review list. */
    public static Edit confirmReview(UUID linkId) {
        return context -> {
            Map<String, Object> link = context.row(LINK, linkId, "link");
            Map<String, Object> item = context.row(PLAN_ITEM, uuid(link.get("plan_item_id")), "plan item");
            Map<String, Object> priority = context.row(PRIORITY, uuid(link.get("priority_id")), "priority");
            List<RowChange> changes = new ArrayList<>();
            context.update(link, LINK, cleared()).ifPresent(changes::add);
            return new PlannedEdit("Confirm link of " + Describe.item(item) + " to " + quote(priority.get("title")),
                    changes);
        };
    }

    /**
     * Moves a link to another plan item (typically from a vanished paragraph to where its words
     * went in the new edition) and clears its review flag. The link keeps its relevance and note;
     * its excerpt is kept only when it occurs word for word in the new item's text, since the
     * paper must never quote words the cited paragraph does not hold.
     */
    public static Edit repoint(UUID linkId, UUID newItemId) {
        return context -> {
            Map<String, Object> link = context.row(LINK, linkId, "link");
            Map<String, Object> priority = context.row(PRIORITY, uuid(link.get("priority_id")), "priority");
            Map<String, Object> item = context.row(PLAN_ITEM, newItemId, "plan item");
            if (newItemId.toString().equals(link.get("plan_item_id"))) {
                List<RowChange> changes = new ArrayList<>();
                context.update(link, LINK, cleared()).ifPresent(changes::add);
                return new PlannedEdit("Confirm link of " + Describe.item(item) + " to "
                        + quote(priority.get("title")), changes);
            }
            boolean taken = context.children(LINK, "priority_id", uuid(link.get("priority_id"))).stream()
                    .anyMatch(other -> newItemId.toString().equals(other.get("plan_item_id")));
            if (taken) {
                throw new EditRejectedException(Describe.item(item) + " is already linked to "
                        + quote(priority.get("title")) + ". Confirm or unlink this link instead.");
            }
            Map<String, Object> values = cleared();
            values.put("plan_item_id", newItemId.toString());
            Object excerpt = link.get("excerpt");
            if (excerpt != null && !EditionMatcher.normalise(item.get("text").toString())
                    .contains(EditionMatcher.normalise(excerpt.toString()))) {
                values.put("excerpt", null);
            }
            List<RowChange> changes = new ArrayList<>();
            context.update(link, LINK, values).ifPresent(changes::add);
            return new PlannedEdit("Move link of " + quote(priority.get("title")) + " to " + Describe.item(item),
                    changes);
        };
    }

    /** The links waiting for review, in the order of the board's table (theme, priority, link). */
    public static List<Link> needingReview(WorkspaceContent content) {
        Map<UUID, Integer> themeOrder = new HashMap<>();
        content.themes().forEach(t -> themeOrder.put(t.id(), t.position()));
        Map<UUID, Priority> priorities = new HashMap<>();
        content.priorities().forEach(p -> priorities.put(p.id(), p));
        Comparator<Link> order = Comparator
                .comparingInt((Link l) -> themeOrder.getOrDefault(priorities.get(l.priorityId()).themeId(), 0))
                .thenComparingInt(l -> priorities.get(l.priorityId()).position())
                .thenComparingInt(Link::position);
        return content.links().stream().filter(Link::needsReview).sorted(order).toList();
    }

    private static void check(PlanContent newEdition, String earlierTitle, String earlierEdition, UUID earlierPlanId,
                              boolean alreadyPresent, Optional<String> replacedBy) {
        Plan plan = newEdition.plan();
        String earlier = "“" + earlierTitle + "” (" + earlierEdition + ")";
        if (alreadyPresent || plan.id().equals(earlierPlanId)) {
            throw new EditRejectedException("“" + plan.title() + "” (" + plan.edition()
                    + ") is already in this workspace.");
        }
        if (plan.replacesPlanId() != null && !plan.replacesPlanId().equals(earlierPlanId)) {
            throw new IllegalArgumentException("The new edition names another plan as the one it replaces");
        }
        if (replacedBy.isPresent()) {
            throw new EditRejectedException(earlier + " has already been replaced by “" + replacedBy.get()
                    + ". Add the new edition as the one that replaces that edition instead.");
        }
        if (newEdition.items().isEmpty()) {
            throw new EditRejectedException("The new edition has no paragraphs, so it cannot replace " + earlier
                    + ". Check that the right document was read.");
        }
    }

    private static EditRejectedException earlierMissing() {
        return new EditRejectedException("The earlier edition no longer exists in this workspace. Nothing was changed.");
    }

    private static Map<String, Object> cleared() {
        Map<String, Object> values = new HashMap<>();
        values.put("review", null);
        values.put("review_note", null);
        return values;
    }

    private static PlanItem item(Map<String, Object> row) {
        Object page = row.get("page");
        Object section = row.get("section_id");
        return new PlanItem(uuid(row.get("id")), uuid(row.get("plan_id")), uuid(row.get("chapter_id")),
                section == null ? null : uuid(section), (String) row.get("number"),
                page == null ? null : ((Number) page).intValue(), ItemKind.fromCode((String) row.get("kind")),
                (String) row.get("text"), (String) row.get("fingerprint"), ((Number) row.get("position")).intValue());
    }

    private static Link link(Map<String, Object> row) {
        return new Link(uuid(row.get("id")), uuid(row.get("priority_id")), uuid(row.get("plan_item_id")),
                (String) row.get("excerpt"), Relevance.fromCode((String) row.get("relevance")),
                (String) row.get("note"), ((Number) row.get("position")).intValue(),
                LinkReview.fromCode((String) row.get("review")), (String) row.get("review_note"));
    }
}
