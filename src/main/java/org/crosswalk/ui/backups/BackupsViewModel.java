package org.crosswalk.ui.backups;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupRestore;
import org.crosswalk.store.backup.BackupSummary;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Restore from Backup…: the open workspace's backups, newest first, what the chosen one
 * holds against now, and Restore (over the workspace, after keeping what is there) or Open as a Copy.
 */
public final class BackupsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BackupsViewModel.class);
    private static final DateTimeFormatter COPY_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm");

    private final WorkspaceSession session;
    private final Backups backups;
    private final DialogService dialogs;
    private final Consumer<Path> openFile;
    private final ZoneId zone;
    private final Workspace workspace;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("Reading the backups…");
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final StringBinding comparison;
    private final Command restore;
    private final Command openAsCopy;

    /** {@code openFile} opens a workspace file in the window (File > Open without the chooser). */
    public BackupsViewModel(WorkspaceSession session, Backups backups, DialogService dialogs, Consumer<Path> openFile,
                            ZoneId zone) {
        this.session = session;
        this.backups = backups;
        this.dialogs = dialogs;
        this.openFile = openFile;
        this.zone = zone;
        this.workspace = session.workspaceProperty().get();
        comparison = Bindings.createStringBinding(() -> selected.get() == null ? ""
                : Comparison.describe(selected.get(), session.content()), selected, session.contentProperty());
        restore = new Command(selected.isNotNull().and(busy.not()).and(session.editableProperty())
                .and(Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().summary() != null,
                        selected)), this::restoreChosen);
        openAsCopy = new Command(selected.isNotNull().and(busy.not()), this::copyChosen);
    }

    public String workspaceName() {
        return workspace == null ? "" : workspace.path().getFileName().toString();
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    /** Reading, "no backups yet", or what went wrong; empty when the list says it all. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringBinding comparisonProperty() {
        return comparison;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Becomes true when the window has done its job (restored, or a copy opened) and can close. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }

    public Command restore() {
        return restore;
    }

    public Command openAsCopy() {
        return openAsCopy;
    }

    /** Where this workspace's backups are, for a person who wants to look at them. */
    public String folderText() {
        return "Backups are kept in " + backups.root() + " (one folder per workspace).";
    }

    /** Opens the backups folder in the computer's file manager. */
    public void showFolder() {
        dialogs.openExternally(rows.isEmpty() ? backups.root() : rows.get(0).backup().file().getParent());
    }

    /** Reads the list and each backup's summary in the background. */
    public void load() {
        if (workspace == null) {
            busy.set(false);
            message.set("Open a workspace first.");
            return;
        }
        busy.set(true);
        session.background(this::readRows, read -> {
            busy.set(false);
            rows.setAll(read);
            message.set(read.isEmpty() ? "There are no backups of this workspace yet. One is made each time it "
                    + "is opened for editing and every few minutes while you edit; they are kept in "
                    + backups.root() + "." : "");
            if (!read.isEmpty()) {
                selected.set(read.get(0));
            }
        }, error -> {
            busy.set(false);
            message.set(error instanceof WorkspaceProblem ? error.getMessage()
                    : "Crosswalk could not read the backups. Nothing was changed. Details are in the log file.");
        });
    }

    private List<BackupRow> readRows() throws WorkspaceProblem {
        List<BackupRow> read = new ArrayList<>();
        for (Backup backup : backups.list(workspace)) {
            BackupSummary summary;
            try {
                summary = backups.summarize(backup);
            } catch (WorkspaceProblem damaged) {
                summary = null; // listed, but marked and not restorable
            }
            read.add(new BackupRow(backup, summary, zone));
        }
        return read;
    }

    private void restoreChosen() {
        BackupRow row = selected.get();
        String what = "the backup of " + row.when() + " (" + row.backup().reason().label() + ")";
        if (!dialogs.confirm("Restore from backup", "Replace everything in “" + workspaceName() + "” with " + what
                + "?\n\n" + Comparison.describe(row, session.content()) + "\n\nWhat the workspace holds now is "
                + "first kept as a backup “before restore”, so you can come back to it.", "Restore")) {
            return;
        }
        busy.set(true);
        message.set("Restoring " + what + "…");
        AtomicReference<BackupRestore.Restored> result = new AtomicReference<>();
        session.open(() -> {
            BackupRestore.Restored restored = backups.restorer().restore(workspace, row.backup());
            result.set(restored);
            return restored.workspace();
        }, "Restoring " + what + "…", opened -> {
            busy.set(false);
            String done = "Restored " + what + ". What was there before is kept as the backup “"
                    + result.get().before().file().getFileName() + "”.";
            session.statusProperty().set(done);
            message.set(done);
            finished.set(true);
            dialogs.showInformation("Backup restored", done + "\n\nUse File > Restore from Backup… again to go "
                    + "back to it.");
        }, problem -> {
            busy.set(false);
            message.set(problem.getMessage());
            dialogs.showProblem("Not restored", problem.getMessage());
        });
    }

    private void copyChosen() {
        BackupRow row = selected.get();
        String suggested = baseName() + " (as on "
                + COPY_STAMP.format(row.backup().madeAt().atZone(zone)) + ")" + WorkspaceFiles.EXTENSION;
        dialogs.chooseWorkspaceToSave(workspace.path().getParent(), suggested).ifPresent(target -> {
            if (target.toAbsolutePath().normalize().equals(workspace.path().toAbsolutePath().normalize())) {
                dialogs.showProblem("Copy not written", "That is the workspace you are working in. Choose another "
                        + "name for the copy, or use Restore to bring the backup back into this workspace.");
                return;
            }
            busy.set(true);
            session.background(() -> {
                backups.restorer().copyTo(row.backup(), target);
                return target;
            }, written -> {
                busy.set(false);
                finished.set(true);
                openFile.accept(written);
            }, error -> {
                busy.set(false);
                if (!(error instanceof WorkspaceProblem)) {
                    LOG.error("Copying a backup failed", error);
                }
                String text = error instanceof WorkspaceProblem ? error.getMessage()
                        : "Crosswalk could not write the copy. Nothing was changed. Details are in the log file.";
                message.set(text);
                dialogs.showProblem("Copy not written", text);
            });
        });
    }

    private String baseName() {
        String name = workspaceName();
        return name.endsWith(WorkspaceFiles.EXTENSION)
                ? name.substring(0, name.length() - WorkspaceFiles.EXTENSION.length()) : name;
    }
}
