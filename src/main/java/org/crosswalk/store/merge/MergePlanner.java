package org.crosswalk.store.merge;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosswalk.store.edit.Tables;

/**
 * Decides, row by row and by id only, what merging {@code theirs} into {@code ours} does
 * (decision 0019). A side "changed" a row when its version is newer than the moment the copies
 * parted (the last entry both edit logs share) and the other side has not already merged or
 * decided on that version. Changed on one side only: that side's version wins. Changed on both,
 * differently: a conflict. A row on one side only was added there, unless the other side deleted
 * it (a note of the deletion, or the row is older than the parting).
 */
final class MergePlanner {
    private static final String DELETED_VERSION = "deleted";

    record Result(List<Conflict> conflicts, List<MergeChange> changes, List<String> plansAdded, MergeSteps steps) {
    }

    private final CopyRows ours;
    private final CopyRows theirs;
    private final Map<String, Map<String, Object>> theirLinks;
    private final Instant parted;
    private final Set<String> theirLogIds = new HashSet<>();
    private final RowDescriptions describe;

    MergePlanner(CopyRows ours, CopyRows theirs) {
        this.ours = ours;
        this.theirs = theirs;
        this.describe = new RowDescriptions(new Words(ours, theirs));
        this.theirLinks = linksMatchedByPair();
        theirs.log().forEach(entry -> theirLogIds.add(String.valueOf(entry.get("id"))));
        this.parted = partingTime();
    }

    /** The newest entry both edit logs share; without one, when the workspace was created. */
    private Instant partingTime() {
        Set<String> ourIds = new HashSet<>();
        ours.log().forEach(entry -> ourIds.add(String.valueOf(entry.get("id"))));
        Instant latest = instant(ours.createdAt());
        for (Map<String, Object> entry : theirs.log()) {
            Instant at = instant(entry.get("at"));
            if (ourIds.contains(String.valueOf(entry.get("id"))) && at != null
                    && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
        return latest == null ? Instant.EPOCH : latest;
    }

    /**
     * Their links, with a link they made separately for a pairing this workspace already has (the
     * same priority and paragraph, linked on both laptops) filed under this workspace's id: a
     * priority links to a paragraph once.
     */
    private Map<String, Map<String, Object>> linksMatchedByPair() {
        Map<String, Map<String, Object>> ourLinks = ours.table(Tables.LINK);
        Map<String, Map<String, Object>> theirsById = theirs.table(Tables.LINK);
        Map<String, String> ourIdByPair = new HashMap<>();
        ourLinks.forEach((id, row) -> {
            if (!theirsById.containsKey(id)) {
                ourIdByPair.put(pair(row), id);
            }
        });
        Map<String, Map<String, Object>> matched = new LinkedHashMap<>();
        theirsById.forEach((id, row) -> {
            String ourId = ourLinks.containsKey(id) ? null : ourIdByPair.get(pair(row));
            if (ourId == null) {
                matched.put(id, row);
            } else {
                Map<String, Object> renamed = new LinkedHashMap<>(row);
                renamed.put("id", ourId);
                matched.put(ourId, renamed);
            }
        });
        return matched;
    }

    private static String pair(Map<String, Object> link) {
        return link.get("priority_id") + "|" + link.get("plan_item_id");
    }

    private Map<String, Map<String, Object>> theirRows(MergedTable table) {
        return table == MergedTable.LINK ? theirLinks : theirs.table(table.table);
    }

    Result plan(Map<String, Choice> choices) {
        return new Run(choices).go();
    }

    /** One planning pass with one set of decisions. */
    private final class Run {
        private final Map<String, Choice> choices;
        private final List<Conflict> conflicts = new ArrayList<>();
        private final List<MergeChange> changes = new ArrayList<>();
        private final MergeSteps steps = new MergeSteps();
        private final Set<String> ourNews;
        private final Set<String> theirNews;
        /** Rows (keys) that will not exist after the merge, and rows brought in or kept whole with a parent. */
        private final Set<String> gone = new HashSet<>();
        private final Set<String> deletedNow = new HashSet<>();
        private final Set<String> addedNow = new HashSet<>();
        private final Set<String> keptWhole = new HashSet<>();

        Run(Map<String, Choice> choices) {
            this.choices = choices;
            this.ourNews = newsWithAncestors(true);
            this.theirNews = newsWithAncestors(false);
        }

        Result go() {
            List<String> plansAdded = bringPlans();
            for (MergedTable table : MergedTable.values()) {
                Set<String> ids = new LinkedHashSet<>(ours.table(table.table).keySet());
                ids.addAll(theirRows(table).keySet());
                for (String id : ids) {
                    decide(table, id, ours.row(table, id), theirRows(table).get(id));
                }
            }
            return new Result(List.copyOf(conflicts), List.copyOf(changes), plansAdded, steps);
        }

        private void decide(MergedTable table, String id, Map<String, Object> our, Map<String, Object> their) {
            if (our != null && their != null) {
                both(table, id, our, their);
            } else if (their != null) {
                onlyTheirs(table, id, their);
            } else {
                onlyOurs(table, id, our);
            }
        }

        private void both(MergedTable table, String id, Map<String, Object> our, Map<String, Object> their) {
            List<String> differing = new ArrayList<>();
            for (String column : table.content) {
                if (!same(our.get(column), their.get(column))) {
                    differing.add(column);
                }
            }
            if (differing.isEmpty()) {
                return;
            }
            String key = table.key(id);
            boolean theyChanged = isNews(their, key, false);
            boolean weChanged = isNews(our, key, true);
            boolean onlyPlace = differing.equals(List.of("position"));
            if (theyChanged && !weChanged) {
                take(table, our, their);
            } else if (theyChanged && !onlyPlace) {
                Choice choice = choices.get(key);
                conflicts.add(new Conflict(key, Conflict.Kind.CHANGED_ON_BOTH, describe.what(table, our),
                        describe.fields(table, differing, our, their), RowDescriptions.side(our), RowDescriptions.side(their)));
                if (choice == Choice.THEIRS) {
                    take(table, our, their);
                } else if (choice == Choice.OURS) {
                    steps.seen.add(new MergeSteps.Seen(table.table, id, version(their)));
                }
            } else if (weChanged) {
                changes.add(describe.change(MergeChange.Kind.KEPT_OURS, table, our));
            }
        }

        private void take(MergedTable table, Map<String, Object> our, Map<String, Object> their) {
            String parent = table.parentKey(their);
            boolean parentThere = parent == null || (!gone.contains(parent)
                    && (addedNow.contains(parent) || existsHere(parent)));
            if (!parentThere) {
                return; // moved on their copy under something that is not kept here
            }
            steps.updates.add(new MergeSteps.Update(table, our, their));
            steps.seen.add(new MergeSteps.Seen(table.table, String.valueOf(our.get("id")), version(their)));
            changes.add(describe.change(MergeChange.Kind.TAKEN, table, their));
        }

        private void onlyTheirs(MergedTable table, String id, Map<String, Object> their) {
            String key = table.key(id);
            String parent = table.parentKey(their);
            if (parent != null && addedNow.contains(parent)) {
                add(table, key, their);
                return;
            }
            if (parent != null && (gone.contains(parent) || !existsHere(parent))) {
                gone.add(key); // goes with its parent, which is not here
                return;
            }
            if (!deletedHere(key, their)) {
                add(table, key, their);
                return;
            }
            gone.add(key);
            if (theirNews.contains(key)) {
                Choice choice = choices.get(key);
                conflicts.add(new Conflict(key, Conflict.Kind.DELETED_HERE, describe.what(table, their),
                        describe.survivor(table, their, false),
                        RowDescriptions.deletingSide(ours.deleted().get(key)), RowDescriptions.side(their)));
                if (choice == Choice.THEIRS) {
                    gone.remove(key);
                    add(table, key, their);
                } else if (choice == Choice.OURS) {
                    seeSubtree(table, their);
                }
            } else if (!ours.hasSeen(key, version(their))) {
                changes.add(describe.deletion(MergeChange.Kind.KEPT_DELETED, table, their, ours.deleted().get(key)));
                steps.seen.add(new MergeSteps.Seen(table.table, id, version(their)));
            }
        }

        private void add(MergedTable table, String key, Map<String, Object> their) {
            addedNow.add(key);
            steps.inserts.add(new MergeSteps.Row(table, their));
            Map<String, Object> note = ours.deleted().get(key);
            if (note != null) {
                steps.notesRemoved.add(note);
            }
            steps.seen.add(new MergeSteps.Seen(table.table, String.valueOf(their.get("id")), version(their)));
            changes.add(describe.change(MergeChange.Kind.ADDED, table, their));
        }

        private void onlyOurs(MergedTable table, String id, Map<String, Object> our) {
            String key = table.key(id);
            String parent = table.parentKey(our);
            if (parent != null && deletedNow.contains(parent)) {
                delete(table, key, our, false);
                return;
            }
            if (parent != null && keptWhole.contains(parent)) {
                keptWhole.add(key);
                return;
            }
            if (!deletedThere(key, our) || ours.hasSeen(key, DELETED_VERSION)) {
                return;
            }
            if (ourNews.contains(key)) {
                Choice choice = choices.get(key);
                conflicts.add(new Conflict(key, Conflict.Kind.DELETED_THERE, describe.what(table, our),
                        describe.survivor(table, our, true),
                        RowDescriptions.side(our), RowDescriptions.deletingSide(theirs.deleted().get(key))));
                if (choice == Choice.THEIRS) {
                    delete(table, key, our, true);
                } else {
                    keptWhole.add(key);
                    if (choice == Choice.OURS) {
                        steps.seen.add(new MergeSteps.Seen(table.table, id, DELETED_VERSION));
                    }
                }
            } else {
                delete(table, key, our, true);
            }
        }

        private void delete(MergedTable table, String key, Map<String, Object> our, boolean listed) {
            deletedNow.add(key);
            gone.add(key);
            steps.deletions.add(new MergeSteps.Row(table, our));
            if (listed) {
                changes.add(describe.deletion(MergeChange.Kind.DELETED, table, our, theirs.deleted().get(key)));
            }
        }

        /** Their versions of the row and everything under it, recorded as decided. */
        private void seeSubtree(MergedTable table, Map<String, Object> their) {
            String key = table.key(String.valueOf(their.get("id")));
            steps.seen.add(new MergeSteps.Seen(table.table, String.valueOf(their.get("id")), version(their)));
            for (MergedTable child : MergedTable.values()) {
                if (child.parent == table) {
                    for (Map<String, Object> row : theirRows(child).values()) {
                        if (key.equals(child.parentKey(row))) {
                            seeSubtree(child, row);
                        }
                    }
                }
            }
        }

        /**
         * Keys of rows changed since the copies parted on one side, with their ancestors: a theme
         * counts as changed when a link under it was added.
         */
        private Set<String> newsWithAncestors(boolean oursSide) {
            Set<String> news = new HashSet<>();
            for (MergedTable table : MergedTable.values()) {
                Map<String, Map<String, Object>> rows = oursSide ? ours.table(table.table) : theirRows(table);
                rows.forEach((id, row) -> {
                    if (isNews(row, table.key(id), oursSide)) {
                        markWithAncestors(table, row, oursSide, news);
                    }
                });
            }
            return news;
        }

        private void markWithAncestors(MergedTable table, Map<String, Object> row, boolean oursSide, Set<String> news) {
            MergedTable current = table;
            Map<String, Object> currentRow = row;
            while (current != null && currentRow != null) {
                news.add(current.key(String.valueOf(currentRow.get("id"))));
                MergedTable parent = current.parent;
                currentRow = parent == null ? null : (oursSide ? ours.table(parent.table) : theirRows(parent))
                        .get(String.valueOf(currentRow.get(current.parentColumn)));
                current = parent;
            }
        }

        private boolean existsHere(String key) {
            int slash = key.indexOf('/');
            return ours.table(key.substring(0, slash)).containsKey(key.substring(slash + 1));
        }

        private List<String> bringPlans() {
            List<String> titles = new ArrayList<>();
            for (String table : MergedTable.PLAN_TABLES) {
                Map<String, Map<String, Object>> here = ours.table(table);
                List<Map<String, Object>> missing = new ArrayList<>(theirs.table(table).values().stream()
                        .filter(row -> !here.containsKey(String.valueOf(row.get("id")))).toList());
                if (table.equals(Tables.PLAN)) {
                    missing.sort((a, b) -> Boolean.compare(a.get("replaces_plan_id") != null,
                            b.get("replaces_plan_id") != null));
                    missing.forEach(plan -> titles.add(String.valueOf(plan.get("title"))));
                }
                missing.forEach(row -> steps.planInserts.add(new MergeSteps.PlanRow(table, row)));
            }
            return List.copyOf(titles);
        }
    }

    /**
     * True when this side's version of the row is news to the other side: made after the copies
     * parted, not already merged or decided on by the other side, and (for this workspace) not a
     * version it merged from the other copy in the first place.
     */
    private boolean isNews(Map<String, Object> row, String key, boolean oursSide) {
        Instant modified = instant(row.get("modified_at"));
        if (modified != null && !modified.isAfter(parted)) {
            return false;
        }
        String version = version(row);
        if (oursSide) {
            boolean cameFromThem = ours.seen().getOrDefault(key, List.of()).stream()
                    .anyMatch(s -> version.equals(s.get("version")) && theirLogIds.contains(s.get("source_head")));
            return !cameFromThem && !theirs.hasSeen(key, version);
        }
        return !ours.hasSeen(key, version);
    }

    private boolean deletedHere(String key, Map<String, Object> their) {
        return ours.deleted().containsKey(key) || olderThanParting(their);
    }

    private boolean deletedThere(String key, Map<String, Object> our) {
        return theirs.deleted().containsKey(key) || olderThanParting(our);
    }

    /** A row both copies had when they parted; missing from one now, so deleted there. */
    private boolean olderThanParting(Map<String, Object> row) {
        Instant created = instant(row.get("created_at"));
        return created != null && !created.isAfter(parted) && !Instant.EPOCH.equals(parted);
    }

    static String version(Map<String, Object> row) {
        return String.valueOf(row.get("modified_at"));
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue();
        }
        return Objects.equals(a, b);
    }

    private static Instant instant(Object text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.toString());
        } catch (DateTimeParseException e) {
            return null; // an unreadable time counts as new: the room is asked rather than guessed for
        }
    }
}
