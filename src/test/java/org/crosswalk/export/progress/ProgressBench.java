package org.crosswalk.export.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.ProgressEdits;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.Snapshots;

/**
 * The sample workspace in a real file, followed up the way a board does: progress recorded,
 * a snapshot taken "as presented" to the board, then more progress reported since.
 */
final class ProgressBench implements AutoCloseable {
    static final String ACTIVITY = "Reduce Physical Inactivity / Promote Physical Activity";
    static final String SMOKING = "Reduce smoking prevalence";
    static final String IMMUNISATION = "Immunisation";
    static final String SNAPSHOT = "As presented to the HIB on 14 February 2019";
    static final LocalDate AS_OF = LocalDate.of(2027, 4, 15);
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    final Workspace workspace;

    private ProgressBench(Workspace workspace) {
        this.workspace = workspace;
    }

    static ProgressBench sample(Path dir) throws Exception {
        WorkspaceFiles files = new WorkspaceFiles(() -> "Jane Officer", Clock.systemUTC());
        return new ProgressBench(new SampleWorkspace(new PlanCatalogue()).create(files,
                dir.resolve(SampleWorkspace.FILE_NAME)));
    }

    Priority priority(String title) throws Exception {
        return workspace.load().priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    void progress(String title, String lead, String action, ImplementationStatus status, LocalDate due, String update)
            throws Exception {
        workspace.history().execute(ProgressEdits.setProgress(priority(title).id(), lead,
                new Progress(action, status, due, update, null, null)));
    }

    /** Progress at the February meeting, the snapshot, then what was reported by April. */
    ProgressReportBuilder.Baseline followedUp() throws Exception {
        progress(ACTIVITY, "Active Oxfordshire", "Active travel plan with the county council",
                ImplementationStatus.ON_TRACK, LocalDate.of(2027, 6, 30), "Plan drafted.");
        progress(SMOKING, "Tobacco Control Alliance", "Smokefree 2025 pledge", ImplementationStatus.ON_TRACK,
                LocalDate.of(2027, 3, 31), "Pledge signed by six partners.");
        Snapshot snapshot = Snapshots.take(workspace, SNAPSHOT);
        progress(ACTIVITY, "Active Oxfordshire", "Active travel plan with the county council",
                ImplementationStatus.AT_RISK, LocalDate.of(2027, 9, 30), "Funding bid delayed to the spring.");
        progress(IMMUNISATION, "=Screening and Immunisation Lead", "", ImplementationStatus.DONE, null,
                "Uptake above 95% in every locality.");
        return ProgressReportBuilder.Baseline.of(workspace, snapshot);
    }

    ProgressReport report(ProgressReportBuilder.Baseline since) throws Exception {
        return ProgressReportBuilder.build(workspace.load(), AS_OF, ZONE, since);
    }

    @Override
    public void close() throws Exception {
        workspace.close();
    }
}
