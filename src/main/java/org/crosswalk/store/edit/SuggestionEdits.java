package org.crosswalk.store.edit;

import static org.crosswalk.store.edit.Describe.quote;
import static org.crosswalk.store.edit.Tables.LINK;
import static org.crosswalk.store.edit.Tables.PLAN_ITEM;
import static org.crosswalk.store.edit.Tables.PRIORITY;
import static org.crosswalk.store.edit.Tables.SUGGESTION_DISMISSAL;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Relevance;

/**
 * Deciding on suggested plan items: accepting makes links, dismissing remembers for the priority
 * that the item should not be proposed again. Each call is one undoable edit, however many
 * suggestions it decides.
 */
public final class SuggestionEdits {
    private SuggestionEdits() {
    }

    /** A suggested plan item for a priority. */
    public record Proposal(UUID priorityId, UUID itemId) {
    }

    /**
     * Links every proposal's item to its priority (appended to the priority's links; proposals
     * already linked are skipped). A "no mention" statement on a priority is withdrawn.
     */
    public static Edit accept(List<Proposal> proposals) {
        List<Proposal> distinct = List.copyOf(new LinkedHashSet<>(proposals));
        return context -> {
            List<RowChange> changes = new ArrayList<>();
            Map<UUID, Integer> nextPosition = new HashMap<>();
            Set<UUID> withdrawn = new HashSet<>();
            String lastItem = null;
            String lastPriority = null;
            for (Proposal proposal : distinct) {
                Map<String, Object> priority = context.row(PRIORITY, proposal.priorityId(), "priority");
                Map<String, Object> item = context.row(PLAN_ITEM, proposal.itemId(), "plan item");
                List<Map<String, Object>> links = context.children(LINK, "priority_id", proposal.priorityId());
                if (links.stream().anyMatch(l -> proposal.itemId().toString().equals(l.get("plan_item_id")))) {
                    continue;
                }
                if (withdrawn.add(proposal.priorityId())) {
                    context.update(priority, PRIORITY, LinkEdits.nullValue("no_mention")).ifPresent(changes::add);
                }
                int position = nextPosition.merge(proposal.priorityId(), links.size(), (old, ignored) -> old + 1);
                changes.add(context.insert(LINK, UUID.randomUUID(), Map.of("priority_id",
                        proposal.priorityId().toString(), "plan_item_id", proposal.itemId().toString(),
                        "relevance", Relevance.DIRECT.code(), "note", "", "position", position)));
                lastItem = Describe.item(item);
                lastPriority = quote(priority.get("title"));
            }
            if (changes.isEmpty()) {
                throw new EditRejectedException("Every suggestion chosen is already linked. Nothing was changed.");
            }
            long count = changes.stream().filter(c -> c.table().equals(LINK)).count();
            String description = count == 1 ? "Accept suggestion " + lastItem + " for " + lastPriority
                    : "Accept " + count + " suggestions";
            return new PlannedEdit(description, changes);
        };
    }

    /** Remembers that these proposals were dismissed (those already dismissed are skipped). */
    public static Edit dismiss(List<Proposal> proposals) {
        List<Proposal> distinct = List.copyOf(new LinkedHashSet<>(proposals));
        return context -> {
            List<RowChange> changes = new ArrayList<>();
            String lastItem = null;
            String lastPriority = null;
            for (Proposal proposal : distinct) {
                Map<String, Object> priority = context.row(PRIORITY, proposal.priorityId(), "priority");
                Map<String, Object> item = context.row(PLAN_ITEM, proposal.itemId(), "plan item");
                if (find(context, proposal) != null) {
                    continue;
                }
                changes.add(context.insert(SUGGESTION_DISMISSAL, UUID.randomUUID(), Map.of("priority_id",
                        proposal.priorityId().toString(), "plan_item_id", proposal.itemId().toString())));
                lastItem = Describe.item(item);
                lastPriority = quote(priority.get("title"));
            }
            if (changes.isEmpty()) {
                throw new EditRejectedException("Every suggestion chosen is already dismissed. Nothing was changed.");
            }
            String description = changes.size() == 1 ? "Dismiss suggestion " + lastItem + " for " + lastPriority
                    : "Dismiss " + changes.size() + " suggestions";
            return new PlannedEdit(description, changes);
        };
    }

    /** Forgets that a suggestion was dismissed, so it can be proposed again. */
    public static Edit restore(Proposal proposal) {
        return context -> {
            Map<String, Object> priority = context.row(PRIORITY, proposal.priorityId(), "priority");
            Map<String, Object> item = context.row(PLAN_ITEM, proposal.itemId(), "plan item");
            Map<String, Object> dismissal = find(context, proposal);
            if (dismissal == null) {
                throw new EditRejectedException(Describe.item(item) + " is not dismissed for "
                        + quote(priority.get("title")) + ". Nothing was changed.");
            }
            return new PlannedEdit("Suggest " + Describe.item(item) + " again for " + quote(priority.get("title")),
                    List.of(context.delete(SUGGESTION_DISMISSAL, dismissal)));
        };
    }

    static List<Map<String, Object>> dismissalsOf(EditContext context, UUID priorityId) throws SQLException {
        return context.query("SELECT * FROM " + SUGGESTION_DISMISSAL + " WHERE priority_id = ? ORDER BY rowid",
                priorityId.toString());
    }

    private static Map<String, Object> find(EditContext context, Proposal proposal) throws SQLException {
        List<Map<String, Object>> rows = context.query("SELECT * FROM " + SUGGESTION_DISMISSAL
                + " WHERE priority_id = ? AND plan_item_id = ?", proposal.priorityId().toString(),
                proposal.itemId().toString());
        return rows.isEmpty() ? null : rows.get(0);
    }
}
