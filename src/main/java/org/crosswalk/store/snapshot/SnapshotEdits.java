package org.crosswalk.store.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.PlannedEdit;
import org.crosswalk.store.edit.RowChange;

/** Taking, renaming and deleting snapshots: each one undoable edit. */
public final class SnapshotEdits {
    static final String TABLE = "snapshot";
    private static final int LONGEST_NAME = 200;

    private SnapshotEdits() {
    }

    /** Keeps {@code content} (the workspace now) as snapshot {@code id} called {@code name}. */
    public static Edit take(UUID id, String name, WorkspaceContent content) {
        return context -> {
            String clean = checkedName(name);
            requireUnused(context.query("SELECT id FROM snapshot WHERE name = ? COLLATE NOCASE", clean));
            Object highest = context.query("SELECT COALESCE(MAX(number), 0) AS n FROM snapshot").get(0).get("n");
            WorkspaceContent kept = SnapshotContent.of(content);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("number", ((Number) highest).intValue() + 1);
            values.put("name", clean);
            RowChange stamped = context.insert(TABLE, id, Map.of());
            Map<String, Object> stamps = ((RowChange.Inserted) stamped).values();
            values.put("taken_at", stamps.get("created_at"));
            values.put("taken_by", stamps.get("created_by"));
            values.put("themes", kept.themes().size());
            values.put("priorities", kept.priorities().size());
            values.put("links", kept.links().size());
            values.put("content", SnapshotJson.write(kept));
            return new PlannedEdit("Take snapshot " + quoted(clean), List.of(context.insert(TABLE, id, values)));
        };
    }

    public static Edit rename(UUID id, String name) {
        return context -> {
            String clean = checkedName(name);
            Map<String, Object> row = context.row(TABLE, id, "snapshot");
            requireUnused(context.query("SELECT id FROM snapshot WHERE name = ? COLLATE NOCASE AND id <> ?",
                    clean, id.toString()));
            return new PlannedEdit("Rename snapshot " + quoted(row.get("name")) + " to " + quoted(clean),
                    context.update(row, TABLE, Map.of("name", clean)).stream().toList());
        };
    }

    public static Edit delete(UUID id) {
        return context -> {
            Map<String, Object> row = context.row(TABLE, id, "snapshot");
            return new PlannedEdit("Delete snapshot " + quoted(row.get("name")), List.of(context.delete(TABLE, row)));
        };
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new EditRejectedException("A snapshot needs a name, such as “As presented to the HIB on "
                    + "14 February 2019”.");
        }
        if (clean.length() > LONGEST_NAME) {
            throw new EditRejectedException("That name is " + clean.length() + " characters long; a snapshot's name "
                    + "can have at most " + LONGEST_NAME + ". Choose a shorter name.");
        }
        return clean;
    }

    private static void requireUnused(List<Map<String, Object>> sameName) {
        if (!sameName.isEmpty()) {
            throw new EditRejectedException("There is already a snapshot with that name. Choose another name, "
                    + "so each snapshot can be told apart.");
        }
    }

    private static String quoted(Object name) {
        return "‘" + name + "’";
    }
}
