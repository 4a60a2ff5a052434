package org.crosswalk.ui.priorityimport;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.priorities.ImportProblem;
import org.crosswalk.tables.priorities.ImportedPriorities;
import org.crosswalk.tables.priorities.PriorityImport;
import org.crosswalk.tables.priorities.PriorityImportPreview;
import org.crosswalk.ui.WorkspaceSession;

/**
 * The Import Priorities window's state: the {@link TableSetup}, the preview it gives against the
 * open workspace (new and existing themes, priorities and sub-items, the rows left out), why
 * Import cannot run when it cannot, and Import itself, one undoable change.
 */
public final class PriorityImportViewModel {
    private final TableSetup setup;
    private final WorkspaceSession session;
    private final ObjectProperty<PriorityImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final StringBinding summary;
    private final StringBinding blockedReason;
    private final StringBinding importLabel;
    private final BooleanBinding canImport;

    public PriorityImportViewModel(TableSetup setup, WorkspaceSession session) {
        this.setup = setup;
        this.session = session;
        // Reading a grid that is already in memory and comparing it with the content takes
        // milliseconds even for thousands of rows, so the preview follows every choice at once.
        setup.tableProperty().addListener((o, old, now) -> refresh());
        setup.mappingProperty().addListener((o, old, now) -> refresh());
        setup.themeLevelProperty().addListener((o, old, now) -> refresh());
        session.contentProperty().addListener((o, old, now) -> refresh());
        summary = Bindings.createStringBinding(() -> preview.get() == null ? "" : ImportCounts.sentence(preview.get()),
                preview);
        blockedReason = Bindings.createStringBinding(this::blockedReason, preview, session.editableProperty(),
                session.workspaceProperty(), importing, done);
        canImport = Bindings.createBooleanBinding(() -> blockedReason.get().isEmpty() && preview.get() != null
                && !importing.get() && !done.get(), blockedReason, preview, importing, done);
        importLabel = Bindings.createStringBinding(() -> preview.get() != null && preview.get().nothingToCreate()
                ? "Nothing to import" : "_Import", preview);
        refresh();
    }

    public TableSetup setup() {
        return setup;
    }

    /** What importing would create and what is there already; null when nothing can be read as things stand. */
    public ReadOnlyObjectProperty<PriorityImportPreview> previewProperty() {
        return preview;
    }

    /** The rows (or paragraphs) left out, with their numbers and why. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    /** "Will create 2 themes and 13 priorities; 4 priorities already exist." */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Why Import cannot run now, in plain words; empty when it can (or while importing). */
    public StringBinding blockedReasonProperty() {
        return blockedReason;
    }

    /** "Import", or "Nothing to import" when everything is in the workspace already. */
    public StringBinding importLabelProperty() {
        return importLabel;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** How the import went when it did not: the window stays open so the person can try again. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    /** True once the priorities are in the workspace: the window closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    private void refresh() {
        ImportedPriorities imported = setup.read();
        WorkspaceContent content = session.content();
        preview.set(imported == null || content == null ? null : PriorityImport.preview(imported, content));
        problems.setAll(preview.get() == null ? java.util.List.of() : preview.get().problems());
        message.set("");
    }

    private String blockedReason() {
        if (importing.get() || done.get()) {
            return "";
        }
        if (session.workspaceProperty().get() == null) {
            return "No workspace is open: open the workspace the priorities belong in, then import them.";
        }
        if (!session.editableProperty().get()) {
            return "This workspace is open read-only, so nothing can be added to it. You can still look at "
                    + "what the file holds.";
        }
        if (setup.tableProperty().get() == null) {
            return "No table and no bulleted list were found in " + setup.fileName() + ".";
        }
        if (!setup.hasPriorityColumn()) {
            return "Choose which column holds the priorities: set “Priority” in the list above that column.";
        }
        PriorityImportPreview now = preview.get();
        if (now == null) {
            return "";
        }
        if (now.themes().isEmpty()) {
            return setup.tableProperty().get().isOutline() ? "No bulleted priorities were found under the headings."
                    : "No priorities were found in this table: check the heading row and the Priority column.";
        }
        return now.nothingToCreate() ? "Everything in this table is already in the workspace." : "";
    }

    /** Creates everything the preview marks as new, as one change that Undo removes. */
    public void importPriorities() {
        if (!canImport.get()) {
            return;
        }
        PriorityImportPreview planned = preview.get();
        importing.set(true);
        message.set("Importing…");
        session.execute(PriorityImport.edit(planned), made -> {
            importing.set(false);
            if (made) {
                message.set("");
                session.statusProperty().set("Imported " + ImportCounts.list(planned.newThemes(),
                        planned.newPriorities(), planned.newSubItems()) + " from " + setup.fileName()
                        + " (Undo removes them)");
                done.set(true);
            } else {
                message.set("Nothing was imported. Check the workspace, then try again.");
            }
        });
    }
}
