package org.crosswalk.ui.paper;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.export.ExportService;
import org.crosswalk.export.ExportTarget;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.PaperBuilder;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.PaperEdits;
import org.crosswalk.ui.ExportJob;
import org.crosswalk.ui.WorkspaceSession;

/**
 * The export dialog's state: the paper settings being edited, the chosen format, a preview
 * that follows every change, and the export itself (off the JavaFX thread).
 */
public final class ExportViewModel {
    private final WorkspaceSession session;
    private final ExportService exports;
    private final PaperSettingsForm form = new PaperSettingsForm();
    private final ObjectProperty<Exporter> format = new SimpleObjectProperty<>();
    private final ExportJob job = new ExportJob();
    private final ObjectBinding<Paper> preview;
    private final BooleanBinding settingsChanged;
    private final String title;

    /** The paper of the workspace as it is now; changed settings are saved in it. */
    public ExportViewModel(WorkspaceSession session, ExportService exports) {
        this(session, exports, session.contentProperty(), true, "Export the board paper");
    }

    /**
     * The paper as it was when a snapshot was taken. The settings can be changed for this export,
     * but are not saved: the snapshot stays as it was taken.
     */
    public static ExportViewModel ofSnapshot(WorkspaceSession session, ExportService exports,
                                             WorkspaceContent snapshot, String snapshotName) {
        return new ExportViewModel(session, exports, new javafx.beans.property.ReadOnlyObjectWrapper<>(snapshot),
                false, "Export the board paper as in snapshot ‘" + snapshotName + "’");
    }

    private ExportViewModel(WorkspaceSession session, ExportService exports,
                            javafx.beans.value.ObservableObjectValue<WorkspaceContent> source, boolean saveable,
                            String title) {
        this.session = session;
        this.exports = exports;
        this.title = title;
        org.crosswalk.export.ExportWarmUp.start(exports);
        WorkspaceContent content = source.get();
        form.load(content == null ? PaperSettings.defaults() : content.paper());
        if (!exports.exporters().isEmpty()) {
            format.set(exports.exporters().get(0));
        }
        preview = Bindings.createObjectBinding(() -> source.get() == null ? null
                : PaperBuilder.build(source.get(), form.toSettings()), with(form.all(), source));
        settingsChanged = Bindings.createBooleanBinding(() -> saveable && source.get() != null
                && !form.toSettings().equals(source.get().paper()), with(form.all(), source));
    }

    /** The dialog's title: what is being exported. */
    public String title() {
        return title;
    }

    private static javafx.beans.Observable[] with(javafx.beans.Observable[] all, javafx.beans.Observable extra) {
        javafx.beans.Observable[] result = java.util.Arrays.copyOf(all, all.length + 1);
        result[all.length] = extra;
        return result;
    }

    public PaperSettingsForm form() {
        return form;
    }

    public List<Exporter> formats() {
        return exports.exporters();
    }

    public ObjectProperty<Exporter> formatProperty() {
        return format;
    }

    public ObjectBinding<Paper> previewProperty() {
        return preview;
    }

    /** Whether the paper is being written, the message, and the file last written. */
    public ExportJob job() {
        return job;
    }

    public BooleanProperty exportingProperty() {
        return job.exportingProperty();
    }

    public StringProperty messageProperty() {
        return job.messageProperty();
    }

    /** The file last written, for "Open the file" and "Open the folder". */
    public ObjectProperty<Path> writtenProperty() {
        return job.writtenProperty();
    }

    public BooleanBinding settingsChangedProperty() {
        return settingsChanged;
    }

    /** A file name for the chosen format: the paper title, made safe for file systems. */
    public String suggestedFileName() {
        Paper paper = preview.get();
        String base = paper == null ? "Board paper" : paper.title();
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (base.length() > 80) {
            base = base.substring(0, 80).strip();
        }
        String extension = format.get() == null ? "" : format.get().extension();
        // A title such as "Con" or "Aux" is a name Windows keeps for a device: suggest a safe one instead.
        return (base.isEmpty() || !ExportTarget.isUsableName(base + extension) ? "Board paper" : base) + extension;
    }

    /** Saves changed settings in the workspace (one undoable edit). */
    public void saveSettings() {
        if (settingsChanged.get() && session.editableProperty().get()) {
            session.execute(PaperEdits.save(form.toSettings()));
        }
    }

    /** Saves the settings, then writes the paper to {@code target} in the background. */
    public void export(Path target) {
        Exporter exporter = format.get();
        Paper paper = preview.get();
        if (exporter == null || paper == null || job.exportingProperty().get()) {
            return;
        }
        saveSettings();
        job.run(session, target, "the paper",
                () -> new ExportJob.Written(exports.write(paper, exporter, target), exporter.caution(paper)));
    }
}
