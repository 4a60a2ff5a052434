package org.crosswalk.store.edit;

import static org.crosswalk.store.edit.Describe.quote;
import static org.crosswalk.store.edit.OutlineEdits.uuid;
import static org.crosswalk.store.edit.Tables.LINK;
import static org.crosswalk.store.edit.Tables.PLAN_ITEM;
import static org.crosswalk.store.edit.Tables.PRIORITY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Relevance;

/** Edits of the mapping itself: links between priorities and plan items, and "no mention". */
public final class LinkEdits {
    private LinkEdits() {
    }

    /**
     * Links a plan item to a priority (appended to its links). A "no mention" statement on the
     * priority is withdrawn in the same edit, since the plan now does mention it.
     */
    public static Edit link(UUID priorityId, UUID itemId, UUID linkId) {
        return context -> {
            Map<String, Object> priority = context.row(PRIORITY, priorityId, "priority");
            Map<String, Object> item = context.row(PLAN_ITEM, itemId, "plan item");
            List<Map<String, Object>> links = context.children(LINK, "priority_id", priorityId);
            if (links.stream().anyMatch(l -> itemId.toString().equals(l.get("plan_item_id")))) {
                throw new EditRejectedException(Describe.item(item) + " is already linked to "
                        + quote(priority.get("title")) + ".");
            }
            List<RowChange> changes = new ArrayList<>();
            context.update(priority, PRIORITY, nullValue("no_mention")).ifPresent(changes::add);
            changes.add(context.insert(LINK, linkId, Map.of("priority_id", priorityId.toString(),
                    "plan_item_id", itemId.toString(), "relevance", Relevance.DIRECT.code(), "note", "",
                    "position", links.size())));
            return new PlannedEdit("Link " + Describe.item(item) + " to " + quote(priority.get("title")), changes);
        };
    }

    public static Edit unlink(UUID linkId) {
        return context -> {
            Map<String, Object> link = context.row(LINK, linkId, "link");
            Map<String, Object> priority = context.row(PRIORITY, uuid(link.get("priority_id")), "priority");
            Map<String, Object> item = context.row(PLAN_ITEM, uuid(link.get("plan_item_id")), "plan item");
            List<RowChange> changes = new ArrayList<>();
            changes.add(context.delete(LINK, link));
            List<Map<String, Object>> rest = context.children(LINK, "priority_id", uuid(link.get("priority_id")));
            rest.removeIf(r -> r.get("id").equals(link.get("id")));
            changes.addAll(context.reorder(LINK, rest, rest.stream().map(r -> (String) r.get("id")).toList()));
            return new PlannedEdit("Unlink " + Describe.item(item) + " from " + quote(priority.get("title")), changes);
        };
    }

    /** Sets the excerpt (null or blank: quote the whole item), relevance and note of a link. */
    public static Edit editLink(UUID linkId, String excerpt, Relevance relevance, String note) {
        return context -> {
            Map<String, Object> link = context.row(LINK, linkId, "link");
            Map<String, Object> item = context.row(PLAN_ITEM, uuid(link.get("plan_item_id")), "plan item");
            String cleanExcerpt = excerpt == null || excerpt.isBlank() ? null : excerpt.strip();
            if (cleanExcerpt != null && !normalise(item.get("text").toString()).contains(normalise(cleanExcerpt))) {
                throw new EditRejectedException("The excerpt must be copied word for word from paragraph "
                        + Describe.item(item) + ". Check the wording, or leave the excerpt empty to quote "
                        + "the whole paragraph.");
            }
            Map<String, Object> values = new HashMap<>();
            values.put("excerpt", cleanExcerpt);
            values.put("relevance", (relevance == null ? Relevance.DIRECT : relevance).code());
            values.put("note", note == null ? "" : note.strip());
            List<RowChange> changes = new ArrayList<>();
            context.update(link, LINK, values).ifPresent(changes::add);
            return new PlannedEdit("Edit link to " + Describe.item(item), changes);
        };
    }

    /** Moves a link to {@code index} among its priority's links. */
    public static Edit moveLink(UUID linkId, int index) {
        return context -> {
            Map<String, Object> link = context.row(LINK, linkId, "link");
            Map<String, Object> item = context.row(PLAN_ITEM, uuid(link.get("plan_item_id")), "plan item");
            List<Map<String, Object>> siblings = context.children(LINK, "priority_id", uuid(link.get("priority_id")));
            return new PlannedEdit("Move link to " + Describe.item(item),
                    context.reorder(LINK, siblings, Positions.moved(siblings, linkId.toString(), index)));
        };
    }

    /** States that the plan does not mention the priority, in {@code wording}. */
    public static Edit markNoMention(UUID priorityId, String wording) {
        return context -> {
            String clean = OutlineEdits.required(wording, "Write the words the paper should show, for example "
                    + "“No specific mention in the Long Term Plan.”");
            Map<String, Object> priority = context.row(PRIORITY, priorityId, "priority");
            if (!context.children(LINK, "priority_id", priorityId).isEmpty()) {
                throw new EditRejectedException(quote(priority.get("title")) + " has linked plan paragraphs. "
                        + "Unlink them first if the plan really does not mention this priority.");
            }
            List<RowChange> changes = new ArrayList<>();
            context.update(priority, PRIORITY, Map.of("no_mention", clean)).ifPresent(changes::add);
            return new PlannedEdit("Mark " + quote(priority.get("title")) + " as not mentioned", changes);
        };
    }

    public static Edit clearNoMention(UUID priorityId) {
        return context -> {
            Map<String, Object> priority = context.row(PRIORITY, priorityId, "priority");
            List<RowChange> changes = new ArrayList<>();
            context.update(priority, PRIORITY, nullValue("no_mention")).ifPresent(changes::add);
            return new PlannedEdit("Unmark " + quote(priority.get("title")) + " as not mentioned", changes);
        };
    }

    static Map<String, Object> nullValue(String column) {
        Map<String, Object> values = new HashMap<>();
        values.put(column, null);
        return values;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
