package org.crosswalk.store.merge;

import java.util.List;
import java.util.Map;

/**
 * What merging another copy would do, before anything is changed: the additions, the versions
 * taken, the deletions, what stays as it is here, and the conflicts to decide. Built by
 * {@link Merges#preview}; {@link #withChoices} gives the same preview with the room's decisions.
 */
public final class MergePreview {
    private final String otherName;
    private final CopyRows ours;
    private final CopyRows theirs;
    private final Map<String, Choice> choices;
    private final MergePlanner.Result result;

    MergePreview(String otherName, CopyRows ours, CopyRows theirs, Map<String, Choice> choices) {
        this.otherName = otherName;
        this.ours = ours;
        this.theirs = theirs;
        this.choices = Map.copyOf(choices);
        this.result = new MergePlanner(ours, theirs).plan(this.choices);
    }

    /** The other copy's file name, as the user chose it. */
    public String otherName() {
        return otherName;
    }

    public List<Conflict> conflicts() {
        return result.conflicts();
    }

    public List<MergeChange> changes(MergeChange.Kind kind) {
        return result.changes().stream().filter(c -> c.kind() == kind).toList();
    }

    public int count(MergeChange.Kind kind) {
        return changes(kind).size();
    }

    /** Titles of the national plans the other copy has and this one lacks; they come along. */
    public List<String> plansAdded() {
        return result.plansAdded();
    }

    public Map<String, Choice> choices() {
        return choices;
    }

    /** The same preview with these decisions (by {@link Conflict#key()}). */
    public MergePreview withChoices(Map<String, Choice> decided) {
        return new MergePreview(otherName, ours, theirs, decided);
    }

    /** The same preview with one decision for every conflict. */
    public MergePreview withEveryChoice(Choice choice) {
        Map<String, Choice> all = new java.util.HashMap<>();
        conflicts().forEach(c -> all.put(c.key(), choice));
        return withChoices(all);
    }

    /** Conflicts without a decision yet; merging waits until there are none. */
    public long undecided() {
        return conflicts().stream().filter(c -> !choices.containsKey(c.key())).count();
    }

    /** True when the other copy holds nothing this workspace has not already got or decided on. */
    public boolean nothingToDo() {
        return conflicts().isEmpty() && result.steps().isEmpty();
    }

    MergeSteps steps() {
        return result.steps();
    }

    CopyRows ours() {
        return ours;
    }

    CopyRows theirs() {
        return theirs;
    }
}
