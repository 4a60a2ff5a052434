package org.crosswalk.store.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the merge planner's findings read for the room: the fields a conflict shows side by side,
 * what a deleted row held, each change with who made it and when, and each side's stamp.
 */
final class RowDescriptions {
    private final Words words;

    RowDescriptions(Words words) {
        this.words = words;
    }

    /** "Priority “Reduce smoking prevalence”": what the row is, in words. */
    String what(MergedTable table, Map<String, Object> row) {
        return words.what(table, row);
    }

    /** Each differing column with our value and theirs, in words. */
    List<Conflict.Field> fields(MergedTable table, List<String> differing, Map<String, Object> our,
                                Map<String, Object> their) {
        List<Conflict.Field> fields = new ArrayList<>();
        for (String column : differing) {
            String name = table == MergedTable.BOARD && column.equals("title") ? "Board title"
                    : MergedTable.COLUMN_NAMES.getOrDefault(column, column);
            fields.add(new Conflict.Field(name, words.value(column, our.get(column)),
                    words.value(column, their.get(column))));
        }
        return fields;
    }

    /** The fields of a row one side deleted, beside "Deleted" for that side. */
    List<Conflict.Field> survivor(MergedTable table, Map<String, Object> row, boolean oursKept) {
        List<Conflict.Field> fields = new ArrayList<>();
        for (String column : table.content) {
            if (column.equals("position") || column.equals(table.parentColumn)) {
                continue;
            }
            String name = MergedTable.COLUMN_NAMES.getOrDefault(column, column);
            String value = words.value(column, row.get(column));
            fields.add(oursKept ? new Conflict.Field(name, value, "Deleted") : new Conflict.Field(name, "Deleted", value));
        }
        return fields;
    }

    /** A deletion, with who deleted it and when from its note (files older than the notes have none). */
    MergeChange deletion(MergeChange.Kind kind, MergedTable table, Map<String, Object> row,
                         Map<String, Object> note) {
        return note == null ? change(kind, table, row) : new MergeChange(kind, words.what(table, row),
                String.valueOf(note.get("deleted_by")), String.valueOf(note.get("deleted_at")));
    }

    MergeChange change(MergeChange.Kind kind, MergedTable table, Map<String, Object> row) {
        return new MergeChange(kind, words.what(table, row), String.valueOf(row.get("modified_by")),
                String.valueOf(row.get("modified_at")));
    }

    static Conflict.Side side(Map<String, Object> row) {
        return new Conflict.Side(String.valueOf(row.get("modified_by")), String.valueOf(row.get("modified_at")), false);
    }

    /** The deleting side, from its note when there is one (files older than the notes have none). */
    static Conflict.Side deletingSide(Map<String, Object> note) {
        return note == null ? new Conflict.Side("", "", true)
                : new Conflict.Side(String.valueOf(note.get("deleted_by")), String.valueOf(note.get("deleted_at")), true);
    }
}
