package org.crosswalk.ui.backups;

import java.time.Duration;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupReason;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up the open workspace when it is opened for editing, and every few minutes while it is
 * being changed (only if something changed since the last backup). Backups run on the session's
 * task runner, after the edits before them; a failure is told once on the status line and editing
 * goes on.
 */
public final class AutoBackups {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackups.class);

    private final WorkspaceSession session;
    private final Backups backups;
    private final IntSupplier minutes;
    private final Ticker ticker;
    private Runnable stopTicking = () -> { };
    private Workspace current;
    private long backedUpRevision = -1;
    private final StringProperty problem = new SimpleStringProperty("");

    public AutoBackups(WorkspaceSession session, Backups backups, IntSupplier minutes, Ticker ticker) {
        this.session = session;
        this.backups = backups;
        this.minutes = minutes;
        this.ticker = ticker;
        session.workspaceProperty().addListener((property, old, opened) -> opened(opened));
    }

    /**
     * Why backups are not being written, for the status bar (stays until one succeeds); empty
     * while they work.
     */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    private void opened(Workspace workspace) {
        stopTicking.run();
        stopTicking = () -> { };
        current = workspace;
        if (workspace == null || workspace.isReadOnly()) {
            return;
        }
        backUp(workspace, BackupReason.ON_OPEN);
        stopTicking = ticker.every(Duration.ofMinutes(minutes.getAsInt()), this::tick);
    }

    /** One tick of the timer: a backup if the workspace changed since the last one. */
    void tick() {
        Workspace workspace = current;
        if (workspace != null && workspace.history().revision() != backedUpRevision) {
            backUp(workspace, BackupReason.WHILE_EDITING);
        }
    }

    private void backUp(Workspace workspace, BackupReason reason) {
        long revision = workspace.history().revision();
        session.background(() -> backups.make(workspace, reason), made -> succeeded(workspace, revision, made),
                error -> failed(workspace, error));
    }

    private void succeeded(Workspace workspace, long revision, Backup made) {
        if (workspace != current) {
            return;
        }
        backedUpRevision = revision;
        if (!problem.get().isEmpty()) {
            problem.set("");
            session.statusProperty().set("Automatic backups are being written again (" + made.reason().label() + ")");
        }
    }

    private void failed(Workspace workspace, Exception error) {
        if (!(error instanceof WorkspaceProblem)) {
            LOG.error("Automatic backup failed", error);
        }
        if (workspace != current || !problem.get().isEmpty()) {
            return; // said once; the next tick tries again
        }
        String text = "Automatic backup not written: the folder " + backups.root() + " cannot be written to or "
                + "the disk is full. Your work is still saved in the workspace; editing goes on.";
        problem.set(text);
        session.statusProperty().set(text);
    }
}
