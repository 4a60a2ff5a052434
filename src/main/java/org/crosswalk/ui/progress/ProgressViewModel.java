package org.crosswalk.ui.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.ProgressEdits;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;

/**
 * The progress view: every priority with its lead, status, due date and latest update, filtered
 * by status or to those overdue, and a form for the selected one whose Save is one undoable edit.
 * The selected priority is the main window's, so both show the same one.
 */
public final class ProgressViewModel {
    private final WorkspaceSession session;
    private final Selection selection;
    private final Clock clock;
    private final ObservableList<ProgressRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ImplementationStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper("");
    private final StringProperty lead = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final ObjectProperty<ImplementationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty update = new SimpleStringProperty("");
    private final BooleanBinding changed;
    private final BooleanBinding canSave;
    private Priority shown;

    public ProgressViewModel(WorkspaceSession session, Selection selection, Clock clock) {
        this.session = session;
        this.selection = selection;
        this.clock = clock;
        changed = Bindings.createBooleanBinding(this::differs, lead, action, status, due, update);
        canSave = session.editableProperty().and(changed);
        session.contentProperty().addListener((o, old, now) -> refresh());
        selection.priorityProperty().addListener((o, old, now) -> showSelected());
        statusFilter.addListener((o, old, now) -> refresh());
        overdueOnly.addListener((o, old, now) -> refresh());
        refresh();
    }

    ObservableList<ProgressRow> rows() {
        return rows;
    }

    ObjectProperty<ImplementationStatus> statusFilterProperty() {
        return statusFilter;
    }

    BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    /** "13 priorities: 2 on track, 1 at risk, …, 9 not reported; 1 overdue". */
    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Who last updated the shown priority's progress and when. */
    ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    StringProperty leadProperty() {
        return lead;
    }

    StringProperty actionProperty() {
        return action;
    }

    ObjectProperty<ImplementationStatus> statusProperty() {
        return status;
    }

    ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    StringProperty updateProperty() {
        return update;
    }

    BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Whether a priority is shown in the form. */
    boolean hasPriority() {
        return shown != null;
    }

    String shownTitle() {
        return shown == null ? "" : shown.title();
    }

    void select(UUID priorityId) {
        selection.priorityProperty().set(priorityId);
    }

    UUID selectedId() {
        return selection.priorityProperty().get();
    }

    /** Saves the form as one undoable edit. */
    void save() {
        if (shown == null || !canSave.get()) {
            return;
        }
        Progress progress = new Progress(action.get(), status.get(), due.get(), update.get(), null, null);
        session.execute(ProgressEdits.setProgress(shown.id(), lead.get(), progress));
    }

    /** Puts back what is saved. */
    void revert() {
        fill(shown);
    }

    private boolean differs() {
        if (shown == null) {
            return false;
        }
        Progress saved = shown.progress();
        return !shown.lead().equals(text(lead)) || !saved.action().equals(text(action))
                || saved.status() != status.get() || !Objects.equals(saved.due(), due.get())
                || !saved.update().equals(text(update));
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }

    private void refresh() {
        WorkspaceContent content = session.content();
        List<ProgressRow> all = new ArrayList<>();
        if (content != null) {
            LocalDate today = LocalDate.now(clock);
            for (Theme theme : content.themes()) {
                for (Priority priority : content.prioritiesOf(theme.id())) {
                    all.add(new ProgressRow(priority.id(), theme.title(), priority.title(), priority.lead(),
                            priority.progress(), priority.progress().isOverdue(today)));
                }
            }
        }
        summary.set(summarise(all));
        rows.setAll(all.stream().filter(this::passes).toList());
        showSelected();
    }

    private boolean passes(ProgressRow row) {
        return (statusFilter.get() == null || row.progress().status() == statusFilter.get())
                && (!overdueOnly.get() || row.overdue());
    }

    private void showSelected() {
        WorkspaceContent content = session.content();
        Priority now = content == null || selection.priorityProperty().get() == null ? null
                : content.priority(selection.priorityProperty().get()).orElse(null);
        boolean sameAndEdited = shown != null && now != null && shown.id().equals(now.id()) && changed.get()
                && now.equals(shown);
        if (!sameAndEdited) {
            fill(now);
        }
    }

    private void fill(Priority priority) {
        shown = priority;
        Progress progress = priority == null ? Progress.NONE : priority.progress();
        lead.set(priority == null ? "" : priority.lead());
        action.set(progress.action());
        status.set(progress.status());
        due.set(progress.due());
        update.set(progress.update());
        updated.set(priority == null ? "" : ProgressText.updated(progress, clock.getZone()));
        changed.invalidate();
    }

    private static String summarise(List<ProgressRow> all) {
        if (all.isEmpty()) {
            return "No priorities yet.";
        }
        Map<ImplementationStatus, Integer> counts = new EnumMap<>(ImplementationStatus.class);
        int unreported = 0;
        int overdue = 0;
        for (ProgressRow row : all) {
            if (row.progress().status() == null) {
                unreported++;
            } else {
                counts.merge(row.progress().status(), 1, Integer::sum);
            }
            overdue += row.overdue() ? 1 : 0;
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(n + " " + s.words().toLowerCase(java.util.Locale.UK)));
        if (unreported > 0) {
            parts.add(unreported + " not reported");
        }
        return all.size() + (all.size() == 1 ? " priority: " : " priorities: ") + String.join(", ", parts)
                + (overdue > 0 ? "; " + overdue + " overdue" : "") + ".";
    }
}
