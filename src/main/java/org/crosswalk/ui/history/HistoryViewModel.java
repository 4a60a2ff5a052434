package org.crosswalk.ui.history;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.history.ChangeLog;
import org.crosswalk.store.history.HistoryEntry;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history panel's state: every change newest first, or only the selected priority's, narrowed
 * by words typed. Read on the task runner after every change while the panel is shown; an answer
 * overtaken by a newer question is dropped.
 */
public final class HistoryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);

    private final WorkspaceSession session;
    private final Selection selection;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<HistoryRow> all = FXCollections.observableArrayList();
    private final FilteredList<HistoryRow> shown = new FilteredList<>(all);
    private final BooleanProperty thisPriority = new SimpleBooleanProperty(false);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long question;
    private boolean stale = true;

    public HistoryViewModel(WorkspaceSession session, Selection selection, Clock clock, ZoneId zone) {
        this.session = session;
        this.selection = selection;
        this.clock = clock;
        this.zone = zone;
        session.revisionProperty().addListener((o, was, now) -> reload());
        selection.priorityProperty().addListener((o, was, now) -> {
            if (thisPriority.get()) {
                reload();
            }
        });
        thisPriority.addListener((o, was, now) -> reload());
        active.addListener((o, was, now) -> {
            if (now && stale) {
                reload();
            }
        });
        filter.addListener((o, was, now) -> {
            String words = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(row -> row.matches(words));
        });
    }

    /** The rows shown, newest first. */
    public ObservableList<HistoryRow> rows() {
        return shown;
    }

    /** True: only changes to the selected priority (its wording, sub-items, links); false: all. */
    public BooleanProperty thisPriorityProperty() {
        return thisPriority;
    }

    /** Words that shown rows must contain (in what, who or when). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Whether the panel is on screen; the history is only read while it is. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** What the person should know about what is (not) listed. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The rows read, newest first; the newest entry's seq; what the note needs. */
    private record Loaded(List<HistoryRow> rows, long newest, int unfilterable, String priority, boolean added) {
    }

    /** What the rows shown were read for, so a later change needs only the newer entries. */
    private record Shown(Workspace workspace, UUID priority, long newest) {
    }

    private Shown shownFor;

    void reload() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        long asked = ++question;
        Workspace workspace = session.workspaceProperty().get();
        UUID priority = thisPriority.get() ? selection.priorityProperty().get() : null;
        if (workspace == null || (thisPriority.get() && priority == null)) {
            all.clear();
            shownFor = null;
            loading.set(false);
            note.set(workspace == null ? "" : "Select a priority to see the changes made to it.");
            return;
        }
        // After an edit, undo or redo only the entries logged since are read: 10,000 changes are not
        // read again (on the thread edits wait for) at every keystroke's edit.
        boolean onlyNewer = shownFor != null && shownFor.workspace() == workspace
                && java.util.Objects.equals(shownFor.priority(), priority);
        long after = onlyNewer ? shownFor.newest() : 0;
        String title = selection.priority().map(p -> p.title()).orElse("");
        Instant now = clock.instant();
        loading.set(true);
        session.background(() -> {
            List<HistoryEntry> entries = ChangeLog.since(workspace, after, java.util.Optional.ofNullable(priority));
            List<HistoryRow> rows = HistoryRow.of(entries, now, zone);
            long newest = entries.isEmpty() ? after : entries.get(0).seq();
            return new Loaded(rows, newest, priority == null ? 0 : ChangeLog.unfilterable(workspace),
                    priority == null ? null : title, onlyNewer);
        }, loaded -> {
            if (asked == question) {
                shownFor = new Shown(workspace, priority, loaded.newest());
                show(loaded);
            }
        }, error -> {
            if (asked == question) {
                LOG.warn("History not read", error);
                shownFor = null;
                loading.set(false);
                all.clear();
                note.set("The history could not be read. Close and open the workspace, then try again; "
                        + "details are in the log file.");
            }
        });
    }

    private void show(Loaded loaded) {
        if (loaded.added()) {
            all.addAll(0, loaded.rows());
        } else {
            all.setAll(loaded.rows());
        }
        loading.set(false);
        note.set(noteFor(all.size(), loaded));
    }

    private static String noteFor(int shown, Loaded loaded) {
        String count = shown == 1 ? "1 change" : shown + " changes";
        if (loaded.priority() == null) {
            return count + ".";
        }
        String changes = count + " to ‘" + loaded.priority() + "’.";
        if (loaded.unfilterable() == 0) {
            return changes;
        }
        return changes + " " + loaded.unfilterable() + " older "
                + (loaded.unfilterable() == 1 ? "change was" : "changes were") + " made before this file was "
                + "upgraded and did not record which priority they touched: choose “All changes” to see them.";
    }
}
