package org.crosswalk.ui.snapshots;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.snapshot.Difference;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.SnapshotComparison;
import org.crosswalk.store.snapshot.SnapshotEdits;
import org.crosswalk.store.snapshot.Snapshots;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named snapshots of the open workspace: the list (re-read after every change), taking one with a
 * suggested name, renaming and deleting (undoable edits), and reading one back or comparing it with
 * now — all file work on the task runner.
 */
public final class SnapshotsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotsViewModel.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SnapshotsViewModel(WorkspaceSession session, DialogService dialogs, Clock clock, ZoneId zone) {
        this.session = session;
        this.dialogs = dialogs;
        this.clock = clock;
        this.zone = zone;
        session.revisionProperty().addListener((o, was, now) -> load());
    }

    /** The snapshots, in the order taken. */
    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }

    public void load() {
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            snapshots.clear();
            return;
        }
        session.background(() -> Snapshots.list(workspace), list -> {
            if (session.workspaceProperty().get() == workspace) {
                snapshots.setAll(list);
            }
        }, error -> failed("The snapshots could not be read", error));
    }

    /** "As presented to Oxfordshire HIB on 14 February 2019": the paper's meeting date, else today. */
    public String suggestedName() {
        WorkspaceContent content = session.content();
        if (content == null) {
            return "";
        }
        String board = content.paper().board().isEmpty() ? content.board().name() : content.paper().board();
        String date = content.paper().meetingDate().isEmpty()
                ? DAY.format(LocalDate.now(clock.withZone(zone))) : content.paper().meetingDate();
        return "As presented to " + board + " on " + date;
    }

    /** Asks for a name and keeps the table as it is now under it (one undoable edit). */
    public void take() {
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null || !session.editableProperty().get()) {
            return;
        }
        dialogs.askText("Take Snapshot", "Name this snapshot of the table as it is now — for example, the meeting "
                + "it was presented to:", suggestedName()).ifPresent(name -> session.execute(
                Snapshots.take(workspace, UUID.randomUUID(), name), done -> {
                    if (done) {
                        message.set("Snapshot ‘" + name.strip() + "’ taken.");
                    }
                }));
    }

    public void rename(Snapshot snapshot) {
        dialogs.askText("Rename Snapshot", "New name for snapshot " + snapshot.number() + ":", snapshot.name())
                .ifPresent(name -> session.execute(SnapshotEdits.rename(snapshot.id(), name)));
    }

    public void delete(Snapshot snapshot) {
        if (dialogs.confirm("Delete Snapshot", "Delete snapshot " + snapshot.number() + " ‘" + snapshot.name()
                + "’? The table itself is not changed, and Edit > Undo brings the snapshot back.", "Delete")) {
            session.execute(SnapshotEdits.delete(snapshot.id()));
        }
    }

    /** Reads the snapshot's table, then hands it over on the JavaFX thread. */
    public void read(Snapshot snapshot, Consumer<WorkspaceContent> then) {
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        session.background(() -> Snapshots.content(workspace, snapshot.id()), then,
                error -> failed("The snapshot could not be read", error));
    }

    /** What changed since the snapshot, matched by ids; handed over on the JavaFX thread. */
    public void compare(Snapshot snapshot, Consumer<List<Difference>> then) {
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        session.background(() -> SnapshotComparison.between(Snapshots.content(workspace, snapshot.id()),
                workspace.load()), then, error -> failed("The snapshot could not be compared", error));
    }

    private void failed(String what, Exception error) {
        LOG.warn(what, error);
        message.set(error instanceof WorkspaceProblem problem ? problem.getMessage()
                : what + ". Close and open the workspace, then try again; details are in the log file.");
    }
}
