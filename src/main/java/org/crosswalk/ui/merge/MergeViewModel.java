package org.crosswalk.ui.merge;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.merge.Choice;
import org.crosswalk.store.merge.MergeChange;
import org.crosswalk.store.merge.MergePreview;
import org.crosswalk.store.merge.Merges;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.WorkspaceSession;

/**
 * The merge window's state: what merging the other copy brings, the differences to decide (one
 * choice each), and Merge, which waits until every difference is decided.
 */
public final class MergeViewModel {
    private final WorkspaceSession session;
    private final Merges merges;
    private final Backups backups;
    private final MergePreview preview;
    private final ZoneId zone;
    private final List<ConflictChoice> conflicts = new ArrayList<>();
    private final IntegerProperty undecided = new SimpleIntegerProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final Command merge;

    public MergeViewModel(WorkspaceSession session, Merges merges, Backups backups, MergePreview preview, ZoneId zone) {
        this.session = session;
        this.merges = merges;
        this.backups = backups;
        this.preview = preview;
        this.zone = zone;
        preview.conflicts().forEach(c -> conflicts.add(new ConflictChoice(c)));
        conflicts.forEach(c -> c.choiceProperty().addListener((p, o, n) -> count()));
        count();
        merge = new Command(Bindings.createBooleanBinding(() -> undecided.get() == 0 && !working.get()
                && !preview.nothingToDo() && session.editableProperty().get(), undecided, working,
                session.editableProperty()), this::runMerge);
    }

    public String otherName() {
        return preview.otherName();
    }

    public String title() {
        return "Merge another copy — " + preview.otherName();
    }

    /** In one sentence, what the merge brings. */
    public String summary() {
        if (preview.nothingToDo()) {
            return "This workspace already has everything from “" + preview.otherName() + "”. Nothing to merge.";
        }
        List<String> parts = new ArrayList<>();
        part(parts, MergeChange.Kind.ADDED, "added");
        part(parts, MergeChange.Kind.TAKEN, "changed there and taken");
        part(parts, MergeChange.Kind.DELETED, "deleted there and here");
        part(parts, MergeChange.Kind.KEPT_DELETED, "stays deleted here");
        part(parts, MergeChange.Kind.KEPT_OURS, "kept as changed here");
        String decide = conflicts.isEmpty() ? "nothing to decide."
                : conflicts.size() + (conflicts.size() == 1 ? " difference" : " differences") + " to decide.";
        return "From “" + preview.otherName() + "”: " + (parts.isEmpty() ? "" : String.join(", ", parts) + "; ")
                + decide;
    }

    private void part(List<String> parts, MergeChange.Kind kind, String words) {
        if (preview.count(kind) > 0) {
            parts.add(preview.count(kind) + " " + words);
        }
    }

    public List<ConflictChoice> conflicts() {
        return conflicts;
    }

    /** What the merge does without asking, one line each: "Added: Priority ‘…’ — Anna, 7 Dec 2026, 16:40". */
    public List<String> changeLines() {
        List<String> lines = new ArrayList<>();
        preview.plansAdded().forEach(plan -> lines.add("National plan brought along: " + plan));
        line(lines, MergeChange.Kind.ADDED, "Added");
        line(lines, MergeChange.Kind.TAKEN, "Taken from their copy");
        line(lines, MergeChange.Kind.DELETED, "Deleted, as on their copy");
        line(lines, MergeChange.Kind.KEPT_DELETED, "Stays deleted");
        line(lines, MergeChange.Kind.KEPT_OURS, "Kept as changed here");
        return lines;
    }

    private void line(List<String> lines, MergeChange.Kind kind, String what) {
        for (MergeChange change : preview.changes(kind)) {
            lines.add(what + ": " + change.what() + (change.who().isBlank() ? ""
                    : " — " + change.who() + ", " + MergeWording.when(change.when(), zone)));
        }
    }

    public String side(org.crosswalk.store.merge.Conflict.Side side) {
        return MergeWording.side(side, zone);
    }

    /** The same choice for every difference. */
    public void chooseAll(Choice choice) {
        conflicts.forEach(c -> c.choiceProperty().set(choice));
    }

    public ReadOnlyIntegerProperty undecidedProperty() {
        return undecided;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }

    public Command merge() {
        return merge;
    }

    private void count() {
        undecided.set((int) conflicts.stream().filter(c -> c.choiceProperty().get() == null).count());
        message.set(undecided.get() == 0 ? "" : undecided.get() + (undecided.get() == 1 ? " difference still needs"
                : " differences still need") + " a decision before you can merge.");
    }

    private void runMerge() {
        Map<String, Choice> choices = new HashMap<>();
        conflicts.forEach(c -> choices.put(c.conflict().key(), c.choiceProperty().get()));
        MergePreview decided = preview.withChoices(choices);
        working.set(true);
        message.set("Merging…");
        session.perform(workspace -> merges.merge(workspace, decided, backups).description(), done -> {
            working.set(false);
            if (done) {
                session.statusProperty().set("Merged “" + preview.otherName() + "”: "
                        + preview.count(MergeChange.Kind.ADDED) + " added, "
                        + preview.count(MergeChange.Kind.TAKEN) + " taken, "
                        + preview.count(MergeChange.Kind.DELETED) + " deleted, " + conflicts.size()
                        + " decided. Edit > Undo takes it all back.");
                finished.set(true);
            } else {
                message.set("Nothing was merged.");
            }
        });
    }
}
