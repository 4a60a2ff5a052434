package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosswalk.store.merge.Conflict;
import org.crosswalk.store.merge.MergeChange;
import org.crosswalk.store.merge.MergePreview;

/** A merge preview as text for a person, or as JSON. */
final class MergeReport {
    private static final String NL = System.lineSeparator();

    private MergeReport() {
    }

    static String text(MergePreview preview, String workspace) {
        StringBuilder text = new StringBuilder("Merging “" + preview.otherName() + "” into “" + workspace + "”: ");
        if (preview.nothingToDo()) {
            return text.append("nothing to do — this workspace already has everything from that copy.").toString();
        }
        text.append(preview.count(MergeChange.Kind.ADDED)).append(" added from the other copy, ")
                .append(preview.count(MergeChange.Kind.TAKEN)).append(" changed there and taken, ")
                .append(preview.count(MergeChange.Kind.DELETED)).append(" deleted there and deleted here, ")
                .append(preview.count(MergeChange.Kind.KEPT_DELETED)).append(" kept deleted, ")
                .append(preview.count(MergeChange.Kind.KEPT_OURS)).append(" kept as changed here, ")
                .append(preview.conflicts().size()).append(preview.conflicts().size() == 1 ? " conflict." : " conflicts.");
        preview.plansAdded().forEach(plan -> text.append(NL).append("  National plan brought along: ").append(plan));
        section(text, "Added from the other copy", "+", preview.changes(MergeChange.Kind.ADDED));
        section(text, "Changed on the other copy only, taken", "~", preview.changes(MergeChange.Kind.TAKEN));
        section(text, "Deleted on the other copy, deleted here too", "-", preview.changes(MergeChange.Kind.DELETED));
        section(text, "Deleted here, stays deleted", "x", preview.changes(MergeChange.Kind.KEPT_DELETED));
        if (!preview.conflicts().isEmpty()) {
            text.append(NL).append("Changed differently on both copies:");
            int number = 1;
            for (Conflict conflict : preview.conflicts()) {
                text.append(NL).append("  ").append(number++).append(". ").append(conflict.what()).append(" — ")
                        .append(kind(conflict.kind()));
                text.append(NL).append("       here: ").append(side(conflict.ours()))
                        .append("; other copy: ").append(side(conflict.theirs()));
                for (Conflict.Field field : conflict.fields()) {
                    text.append(NL).append("       ").append(field.name()).append(": here “").append(field.ours())
                            .append("”, other copy “").append(field.theirs()).append("”");
                }
                Object choice = preview.choices().get(conflict.key());
                if (choice != null) {
                    text.append(NL).append("       decided: ").append(choice.toString().equals("OURS")
                            ? "keep this workspace’s version" : "take the other copy’s version");
                }
            }
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, String mark, List<MergeChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        text.append(NL).append(heading).append(':');
        for (MergeChange change : changes) {
            text.append(NL).append("  ").append(mark).append(' ').append(change.what());
            if (!change.who().isBlank()) {
                text.append(" (").append(change.who()).append(", ").append(change.when()).append(')');
            }
        }
    }

    static String kind(Conflict.Kind kind) {
        return switch (kind) {
            case CHANGED_ON_BOTH -> "changed on both copies";
            case DELETED_HERE -> "deleted here, changed on the other copy";
            case DELETED_THERE -> "deleted on the other copy, changed here";
        };
    }

    private static String side(Conflict.Side side) {
        String who = side.who().isBlank() ? "" : " by " + side.who() + ", " + side.when();
        return (side.deleted() ? "deleted" : "changed") + who;
    }

    static ObjectNode json(MergePreview preview, String workspace, boolean saved) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("workspace", workspace);
        root.put("other", preview.otherName());
        root.put("saved", saved);
        root.put("nothingToDo", preview.nothingToDo());
        for (MergeChange.Kind kind : MergeChange.Kind.values()) {
            ArrayNode list = root.putArray(switch (kind) {
                case ADDED -> "added";
                case TAKEN -> "taken";
                case DELETED -> "deleted";
                case KEPT_DELETED -> "keptDeleted";
                case KEPT_OURS -> "keptHere";
            });
            preview.changes(kind).forEach(c -> list.addObject().put("what", c.what()).put("who", c.who())
                    .put("when", c.when()));
        }
        ArrayNode plans = root.putArray("plansAdded");
        preview.plansAdded().forEach(plans::add);
        ArrayNode conflicts = root.putArray("conflicts");
        for (Conflict conflict : preview.conflicts()) {
            ObjectNode node = conflicts.addObject();
            node.put("what", conflict.what());
            node.put("kind", conflict.kind().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode fields = node.putArray("fields");
            conflict.fields().forEach(f -> fields.addObject().put("name", f.name()).put("here", f.ours())
                    .put("other", f.theirs()));
            node.putObject("here").put("who", conflict.ours().who()).put("when", conflict.ours().when())
                    .put("deleted", conflict.ours().deleted());
            node.putObject("other").put("who", conflict.theirs().who()).put("when", conflict.theirs().when())
                    .put("deleted", conflict.theirs().deleted());
            Object choice = preview.choices().get(conflict.key());
            node.put("decided", choice == null ? null : choice.toString().equals("OURS") ? "ours" : "theirs");
        }
        return root;
    }
}
