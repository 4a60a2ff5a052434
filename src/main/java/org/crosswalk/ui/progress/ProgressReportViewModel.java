package org.crosswalk.ui.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.export.ExportService;
import org.crosswalk.export.ExportTarget;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.export.progress.ProgressReportBuilder;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.Snapshots;
import org.crosswalk.ui.ExportJob;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Export Progress Report: the report's title and meeting date, the snapshot to report the
 * changes since (or none), the format, a summary of what the report will say, and the export
 * itself. Reading snapshots and writing the file happen off the JavaFX thread.
 */
public final class ProgressReportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReportViewModel.class);

    private final WorkspaceSession session;
    private final ExportService exports;
    private final Clock clock;
    private final ZoneId zone;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty meetingDate = new SimpleStringProperty("");
    /** Newest first; the dialog offers "no comparison" as well. */
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> since = new SimpleObjectProperty<>();
    private final ObjectProperty<Exporter> format = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ExportJob job = new ExportJob();

    public ProgressReportViewModel(WorkspaceSession session, ExportService exports, Clock clock) {
        this.session = session;
        this.exports = exports;
        this.clock = clock;
        this.zone = clock.getZone();
        WorkspaceContent content = session.content();
        if (content != null) {
            title.set(ProgressReportBuilder.defaultTitle(content));
            meetingDate.set(content.paper().meetingDate());
        }
        if (!exports.exporters().isEmpty()) {
            format.set(exports.exporters().get(0));
        }
        since.addListener((o, old, now) -> describe());
        session.contentProperty().addListener((o, old, now) -> describe());
        describe();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty meetingDateProperty() {
        return meetingDate;
    }

    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    public ObjectProperty<Snapshot> sinceProperty() {
        return since;
    }

    public List<Exporter> formats() {
        return exports.exporters();
    }

    public ObjectProperty<Exporter> formatProperty() {
        return format;
    }

    /** What the report will say: the counts, and how many changes since the chosen snapshot. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the report is being written, what to say, and the file written. */
    public ExportJob job() {
        return job;
    }

    /** Reads the workspace's snapshots (newest first) for the "changes since" choice. */
    public void loadSnapshots() {
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        session.background(() -> {
            List<Snapshot> newestFirst = new ArrayList<>(Snapshots.list(workspace));
            Collections.reverse(newestFirst);
            return newestFirst;
        }, snapshots::setAll, error -> failed("The snapshots could not be read", error));
    }

    /** "Progress report 15 April 2027.docx": a safe file name for the chosen format. */
    public String suggestedFileName() {
        String base = "Progress report " + ProgressReport.DAY.format(today());
        String extension = format.get() == null ? "" : format.get().extension();
        return ExportTarget.isUsableName(base + extension) ? base + extension : "Progress report" + extension;
    }

    /** Builds the report (reading the chosen snapshot) and writes it to {@code target}, off the JavaFX thread. */
    public void export(Path target) {
        Exporter exporter = format.get();
        Workspace workspace = session.workspaceProperty().get();
        WorkspaceContent content = session.content();
        if (exporter == null || workspace == null || content == null || job.exportingProperty().get()) {
            return;
        }
        Snapshot chosen = since.get();
        String chosenTitle = title.get();
        String chosenMeeting = meetingDate.get();
        job.run(session, target, "the progress report", () -> {
            ProgressReport report = build(workspace, content, chosen).titled(chosenTitle, chosenMeeting);
            return new ExportJob.Written(exports.write(report, exporter, target), exporter.caution(report));
        });
    }

    private ProgressReport build(Workspace workspace, WorkspaceContent content, Snapshot chosen) throws Exception {
        ProgressReportBuilder.Baseline baseline = chosen == null ? null
                : ProgressReportBuilder.Baseline.of(workspace, chosen);
        return ProgressReportBuilder.build(content, today(), zone, baseline);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Re-words the summary: at once for the counts, then (off the JavaFX thread) the changes. */
    private void describe() {
        WorkspaceContent content = session.content();
        Workspace workspace = session.workspaceProperty().get();
        if (content == null || workspace == null) {
            summary.set("");
            return;
        }
        ProgressReport now = ProgressReportBuilder.build(content, today(), zone, null);
        String counts = now.summaryLine();
        Snapshot chosen = since.get();
        if (chosen == null) {
            summary.set(counts);
            return;
        }
        summary.set(counts + " Comparing with ‘" + chosen.name() + "’…");
        session.background(() -> build(workspace, content, chosen), report -> {
            if (chosen.equals(since.get())) {
                summary.set(counts + " " + report.since().caption().replace("the snapshot", "‘" + chosen.name()
                        + "’") + ".");
            }
        }, error -> failed("The snapshot could not be compared", error));
    }

    private void failed(String what, Exception error) {
        LOG.warn(what, error);
        job.messageProperty().set(error instanceof WorkspaceProblem problem ? problem.getMessage()
                : what + ". Close and open the workspace, then try again; details are in the log file.");
    }
}
