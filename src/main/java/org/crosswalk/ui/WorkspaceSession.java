package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.EditHistory;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.SaveFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open workspace as the window sees it: its content, undo/redo state and status line. All
 * file work runs on the task runner; properties change only on the JavaFX thread.
 */
public final class WorkspaceSession {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSession.class);

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkspaceContent> content = new SimpleObjectProperty<>();
    private final StringProperty undoDescription = new SimpleStringProperty("");
    private final StringProperty redoDescription = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LongProperty revision = new SimpleLongProperty();
    private final BooleanBinding editable;

    public WorkspaceSession(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        editable = Bindings.createBooleanBinding(() -> workspace.get() != null && !workspace.get().isReadOnly(),
                workspace);
    }

    public ReadOnlyObjectProperty<WorkspaceContent> contentProperty() {
        return content;
    }

    public WorkspaceContent content() {
        return content.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(workspace.get()).map(Workspace::path);
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    /**
     * True while the workspace can be edited and {@code test} holds; re-evaluated when the content,
     * the editable state or any of {@code dependencies} change. Commands bind their enabled state to it.
     */
    public BooleanBinding editableWhen(java.util.concurrent.Callable<Boolean> test,
                                       javafx.beans.Observable... dependencies) {
        javafx.beans.Observable[] all = java.util.Arrays.copyOf(dependencies, dependencies.length + 2);
        all[dependencies.length] = editable;
        all[dependencies.length + 1] = content;
        return Bindings.createBooleanBinding(() -> editable.get() && content.get() != null && test.call(), all);
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription;
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Grows by one whenever the workspace is opened, closed or changed (edit, undo, redo). Listen to
     * it for what the content does not hold, such as dismissed suggestions: after dismissing one, the
     * reloaded content equals the old, so the content property tells its listeners nothing.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /** Opens (or creates) a workspace in the background and shows it; the old one is closed. */
    public void open(Callable<Workspace> opener, String doing, Consumer<Workspace> onOpened,
                     Consumer<WorkspaceProblem> onProblem) {
        busy.set(true);
        status.set(doing);
        Workspace previous = workspace.get();
        tasks.run(() -> {
            Workspace opened = opener.call();
            WorkspaceContent loaded;
            try {
                loaded = opened.load();
            } catch (Exception e) {
                opened.close();
                throw e;
            }
            if (previous != null) {
                previous.close();
            }
            // The content property compares old and new content with the record's equals, which the
            // JVM links at its first call (~25 ms): done here, not on the JavaFX thread.
            loaded.equals(null);
            return new Opened(opened, loaded);
        }, opened -> {
            workspace.set(opened.workspace());
            show(opened.content(), opened.workspace().history());
            status.set((opened.workspace().isReadOnly() ? "Opened read-only: " : "Opened ")
                    + opened.workspace().path().getFileName());
            // Not busy only once the content is in the views: the start-up window shows itself then.
            busy.set(false);
            onOpened.accept(opened.workspace());
        }, error -> {
            busy.set(false);
            status.set("Could not open the workspace");
            if (error instanceof WorkspaceProblem problem) {
                onProblem.accept(problem);
            } else {
                LOG.error("Opening failed", error);
                dialogs.showProblem("Could not open", "Crosswalk could not open the workspace because of an "
                        + "internal error. Nothing was changed. Details are in the log file.");
            }
        });
    }

    private record Opened(Workspace workspace, WorkspaceContent content) {
    }

    /** Applies an edit, then shows the new content; a refusal is explained, nothing is lost. */
    public void execute(Edit edit) {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        change(current, history -> history.execute(edit), description -> description, done -> { });
    }

    /**
     * Applies an edit like {@link #execute(Edit)}, then tells {@code whenDone} on the JavaFX thread
     * whether it was made (false: refused or failed, already explained to the person).
     */
    public void execute(Edit edit, Consumer<Boolean> whenDone) {
        Workspace current = workspace.get();
        if (current == null) {
            whenDone.accept(false);
            return;
        }
        change(current, history -> history.execute(edit), description -> description, whenDone);
    }

    /**
     * Work on the open workspace that makes its own edit after other file work (a merge: a backup,
     * then one edit), applied and shown like an edit; {@code work} answers the edit's description.
     */
    public void perform(WorkspaceWork work, Consumer<Boolean> whenDone) {
        Workspace current = workspace.get();
        if (current == null) {
            whenDone.accept(false);
            return;
        }
        change(current, history -> work.apply(current), description -> description, whenDone);
    }

    /** See {@link #perform}. */
    @FunctionalInterface
    public interface WorkspaceWork {
        String apply(Workspace workspace) throws Exception;
    }

    public void undo() {
        Workspace current = workspace.get();
        if (current != null) {
            change(current, history -> history.undo().orElse(null), d -> "Undone: " + d, done -> { });
        }
    }

    public void redo() {
        Workspace current = workspace.get();
        if (current != null) {
            change(current, history -> history.redo().orElse(null), d -> "Redone: " + d, done -> { });
        }
    }

    private interface HistoryStep {
        String apply(EditHistory history) throws Exception;
    }

    private void change(Workspace current, HistoryStep step, java.util.function.UnaryOperator<String> message,
                        Consumer<Boolean> whenDone) {
        tasks.run(() -> {
            String description = step.apply(current.history());
            return new Changed(description, current.load());
        }, changed -> {
            if (workspace.get() == current) {
                show(changed.content(), current.history());
                if (changed.description() != null) {
                    status.set(message.apply(changed.description()));
                }
            }
            whenDone.accept(true);
        }, error -> {
            if (error instanceof SaveFailedException failed) {
                LOG.warn("Edit not saved", error);
                status.set("The last change was not saved");
                dialogs.showProblem("Change not saved", failed.getMessage());
            } else if (error instanceof WorkspaceProblem problem) {
                status.set("Not changed");
                dialogs.showProblem("Not changed", problem.getMessage());
            } else if (error instanceof EditRejectedException rejected) {
                status.set("Not changed");
                dialogs.showInformation("Not changed", rejected.getMessage());
            } else {
                LOG.error("Edit failed", error);
                status.set("The last change was not saved");
                dialogs.showProblem("Change not saved", "Crosswalk could not save that change, so it was not "
                        + "made; everything before it is safe in the file. Check that the file is still "
                        + "there and the disk is not full, then try again. Details are in the log file.");
            }
            whenDone.accept(false);
        });
    }

    private record Changed(String description, WorkspaceContent content) {
    }

    private void show(WorkspaceContent loaded, EditHistory history) {
        content.set(loaded);
        undoDescription.set(history.undoDescription().orElse(""));
        redoDescription.set(history.redoDescription().orElse(""));
        revision.set(revision.get() + 1);
    }

    /** Closes the workspace after everything pending has reached the file. */
    public void close() {
        tasks.drain();
        Workspace current = workspace.get();
        if (current != null) {
            current.close();
        }
        workspace.set(null);
        content.set(null);
        undoDescription.set("");
        redoDescription.set("");
        revision.set(revision.get() + 1);
    }

    /** Runs file work that is not an edit (a copy, say) on the task runner. */
    public <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onError) {
        tasks.run(work, onSuccess, onError);
    }
}
