package org.crosswalk.ui.tableimport;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.model.Plan;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.mapping.TableImport;
import org.crosswalk.tables.mapping.TableImportEdit;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.tables.reading.TableFile;
import org.crosswalk.tables.reading.TableReadException;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Import Mapping Table, without nodes: which table of the file and which plan, the preview
 * of what importing does (recomputed in the background when either changes), and Import, one
 * undoable edit through the session.
 */
public final class TableImportViewModel {
    /** The plan choice that lets the citations' own labels decide. */
    private static final Logger LOG = LoggerFactory.getLogger(TableImportViewModel.class);

    public static final String AS_CITED = "As the citations say";

    private final WorkspaceSession session;
    private final TableFile file;
    private final IntegerProperty table = new SimpleIntegerProperty();
    private final StringProperty plan = new SimpleStringProperty(AS_CITED);
    private final ObjectProperty<TablePreview> preview = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final StringBinding blockedReason;
    private final StringBinding summary;
    private final Command importTable;
    private int request;

    /** Someone edited the workspace meanwhile: what exists, and so the preview, may differ. */
    private final javafx.beans.value.ChangeListener<WorkspaceContent> contentChanged = (o, old, now) -> {
        if (now != null && !importing.get() && !finished.get()) {
            recompute();
        }
    };

    /** {@code first} is the preview of table {@code tableIndex} with the plan the citations name. */
    public TableImportViewModel(WorkspaceSession session, TableFile file, int tableIndex, TablePreview first) {
        this.session = session;
        this.file = file;
        table.set(tableIndex);
        preview.set(first);
        blockedReason = Bindings.createStringBinding(this::whyNotImport, preview, problem, working, importing,
                session.editableProperty());
        summary = Bindings.createStringBinding(() -> working.get() ? "Matching the table with the plan…"
                : preview.get() == null ? "" : PreviewWording.summary(preview.get()), preview, working);
        BooleanBinding can = Bindings.createBooleanBinding(() -> whyNotImport().isEmpty(), blockedReason);
        importTable = new Command(can, this::runImport);
        table.addListener((o, old, now) -> recompute());
        plan.addListener((o, old, now) -> recompute());
        session.contentProperty().addListener(contentChanged);
    }

    /** Stops following the workspace (the window is closed), so a closed preview is not recomputed. */
    public void close() {
        session.contentProperty().removeListener(contentChanged);
        request++;
    }

    public String fileName() {
        return file.fileName();
    }

    /** The file's tables by name ("Table 1", a sheet's name); a choice is shown when there are several. */
    public List<String> tableNames() {
        return file.gridNames();
    }

    public IntegerProperty tableProperty() {
        return table;
    }

    /** {@link #AS_CITED}, then each plan label of the workspace; a choice is shown when it has several plans. */
    public List<String> planChoices() {
        List<String> choices = new ArrayList<>(List.of(AS_CITED));
        WorkspaceContent content = session.content();
        if (content != null) {
            content.plans().stream().map(Plan::label).distinct().forEach(choices::add);
        }
        return choices;
    }

    public StringProperty planProperty() {
        return plan;
    }

    /** The preview of the chosen table and plan; null while it cannot be made (see {@link #problemProperty}). */
    public ReadOnlyObjectProperty<TablePreview> previewProperty() {
        return preview;
    }

    /** Why the chosen table gives no preview (not a mapping table, no such plan); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** True once the table is imported: the window closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }

    /** "Will create 3 themes, 13 priorities, 26 links; 2 priorities already exist". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Why Import is disabled, for a person; empty when it is enabled. */
    public StringBinding blockedReasonProperty() {
        return blockedReason;
    }

    public Command importTable() {
        return importTable;
    }

    /** "Import", or "Import the rest" when some citations could not be matched. */
    public String importLabel() {
        TablePreview now = preview.get();
        return now != null && !now.unmatched().isEmpty() ? "Import the rest" : "Import";
    }

    private String whyNotImport() {
        if (!session.editableProperty().get()) {
            return "This workspace is open read-only, so nothing can be imported into it. Open it again for "
                    + "editing to import the table.";
        }
        if (importing.get() || finished.get()) {
            return "Importing…";
        }
        if (working.get()) {
            return "Matching the table with the plan…";
        }
        TablePreview now = preview.get();
        if (now == null) {
            return problem.get().isEmpty() ? "Nothing to import." : problem.get();
        }
        if (now.changesNothing()) {
            return now.unmatched().isEmpty() ? "Nothing to import: the workspace already has everything in this table."
                    : "Nothing to import: what matched is already in the workspace, and the rest could not be matched.";
        }
        return "";
    }

    private void recompute() {
        int mine = ++request;
        WorkspaceContent content = session.content();
        var grid = file.grids().get(table.get());
        String label = AS_CITED.equals(plan.get()) ? null : plan.get();
        working.set(true);
        session.background(() -> TableImport.preview(grid, content, label), made -> {
            if (mine == request) {
                working.set(false);
                problem.set("");
                preview.set(made);
            }
        }, error -> {
            if (mine == request) {
                working.set(false);
                preview.set(null);
                if (!(error instanceof TableReadException)) {
                    LOG.error("Matching the table failed", error);
                }
                problem.set(error instanceof TableReadException ? error.getMessage()
                        : "Crosswalk could not match this table because of an internal error. Details are in the "
                        + "log file.");
            }
        });
    }

    private void runImport() {
        TablePreview now = preview.get();
        importing.set(true);
        session.execute(TableImportEdit.of(now), done -> {
            importing.set(false);
            if (done) {
                session.statusProperty().set(PreviewWording.imported(now));
                finished.set(true);
            }
        });
    }
}
