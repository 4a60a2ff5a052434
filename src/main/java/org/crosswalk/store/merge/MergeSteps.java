package org.crosswalk.store.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The row-level work a merge plan comes to, in the order it must be applied. */
final class MergeSteps {
    record PlanRow(String table, Map<String, Object> row) {
    }

    record Row(MergedTable table, Map<String, Object> row) {
    }

    record Update(MergedTable table, Map<String, Object> ours, Map<String, Object> theirs) {
    }

    record Seen(String table, String id, String version) {
    }

    final List<PlanRow> planInserts = new ArrayList<>();
    final List<Row> deletions = new ArrayList<>();
    final List<Row> inserts = new ArrayList<>();
    final List<Update> updates = new ArrayList<>();
    final List<Map<String, Object>> notesRemoved = new ArrayList<>();
    final List<Seen> seen = new ArrayList<>();

    boolean changesContent() {
        return !planInserts.isEmpty() || !deletions.isEmpty() || !inserts.isEmpty() || !updates.isEmpty();
    }

    boolean isEmpty() {
        return !changesContent() && notesRemoved.isEmpty() && seen.isEmpty();
    }
}
