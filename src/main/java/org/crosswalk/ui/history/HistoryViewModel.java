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

    private record Loaded(List<HistoryEntry> entries, int unfilterable) {
    }

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
            loading.set(false);
            note.set(workspace == null ? "" : "Select a priority to see the changes made to it.");
            return;
        }
        loading.set(true);
        session.background(() -> priority == null ? new Loaded(ChangeLog.all(workspace), 0)
                        : new Loaded(ChangeLog.ofPriority(workspace, priority), ChangeLog.unfilterable(workspace)),
                loaded -> {
                    if (asked == question) {
                        show(loaded, priority != null);
                    }
                }, error -> {
                    if (asked == question) {
                        LOG.warn("History not read", error);
                        loading.set(false);
                        all.clear();
                        note.set("The history could not be read. Close and open the workspace, then try again; "
                                + "details are in the log file.");
                    }
                });
    }

    private void show(Loaded loaded, boolean byPriority) {
        Instant now = clock.instant();
        all.setAll(loaded.entries().stream().map(entry -> new HistoryRow(When.format(entry.at(), now, zone),
                entry.author(), entry.what(), entry.isUndo() || entry.isRedo())).toList());
        loading.set(false);
        note.set(noteFor(loaded, byPriority));
    }

    private static String noteFor(Loaded loaded, boolean byPriority) {
        String count = loaded.entries().size() == 1 ? "1 change" : loaded.entries().size() + " changes";
        if (!byPriority) {
            return count + ".";
        }
        if (loaded.unfilterable() == 0) {
            return count + " to this priority.";
        }
        return count + " to this priority. " + loaded.unfilterable() + " older "
                + (loaded.unfilterable() == 1 ? "change was" : "changes were") + " made before this file was "
                + "upgraded and did not record which priority they touched: choose “All changes” to see them.";
    }
}
