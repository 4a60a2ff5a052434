package org.crosswalk.export.progress;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.snapshot.Difference;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.SnapshotComparison;
import org.crosswalk.store.snapshot.Snapshots;

/**
 * Turns a workspace (and, optionally, a snapshot to compare with) into the {@link ProgressReport}
 * every exporter writes. The front matter comes from the paper settings, so the follow-up paper
 * carries the same board, reference and authors as the board paper.
 */
public final class ProgressReportBuilder {
    private ProgressReportBuilder() {
    }

    /** A snapshot to report changes against: its name, when it was taken, and the table it keeps. */
    public record Baseline(String name, Instant takenAt, WorkspaceContent content) {
        /** The snapshot as kept in {@code workspace}, read back. */
        public static Baseline of(Workspace workspace, Snapshot snapshot) throws SQLException, WorkspaceProblem {
            return new Baseline(snapshot.name(), snapshot.takenAt(), Snapshots.content(workspace, snapshot.id()));
        }
    }

    /** "Progress report: " and the board paper's title. */
    public static String defaultTitle(WorkspaceContent content) {
        PaperSettings settings = content.paper();
        String paperTitle = !settings.title().isBlank() ? settings.title()
                : content.board().title().isBlank() ? content.board().name() : content.board().title();
        return "Progress report: " + paperTitle.strip();
    }

    /**
     * The report of {@code content} as at {@code asOf} (days are read in {@code zone}), with the
     * changes since {@code since} when it is not null.
     */
    public static ProgressReport build(WorkspaceContent content, LocalDate asOf, ZoneId zone, Baseline since) {
        PaperSettings settings = content.paper();
        List<ProgressReport.ThemeProgress> themes = new ArrayList<>();
        for (Theme theme : content.themes()) {
            List<ProgressReport.Row> rows = content.prioritiesOf(theme.id()).stream()
                    .map(p -> row(theme, p, asOf, zone)).toList();
            themes.add(new ProgressReport.ThemeProgress(theme.title(), rows));
        }
        String board = settings.board().isBlank() ? content.board().name() : settings.board();
        return new ProgressReport(defaultTitle(content), board, settings.meetingDate(), settings.reference(),
                settings.authors(), asOf, themes, since == null ? null : since(since, content, zone));
    }

    private static ProgressReport.Row row(Theme theme, Priority priority, LocalDate asOf, ZoneId zone) {
        Progress progress = priority.progress();
        return new ProgressReport.Row(theme.title(), priority.title(), priority.lead().strip(), progress.action().strip(),
                progress.status(), progress.due(), progress.isOverdue(asOf), progress.update().strip(),
                day(progress.updatedAt(), zone), progress.updatedBy());
    }

    /** The day of an update's stamp, or null when there is none (or it cannot be read). */
    private static LocalDate day(String instant, ZoneId zone) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(instant).atZone(zone).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Progress changes first (what a follow-up meeting is for), then the table's own changes. */
    private static ProgressReport.Since since(Baseline baseline, WorkspaceContent now, ZoneId zone) {
        List<ProgressReport.Change> changes = SnapshotComparison.between(baseline.content(), now).stream()
                .sorted(Comparator.comparing((Difference d) -> d.kind() != Difference.Kind.PROGRESS_CHANGED))
                .map(d -> new ProgressReport.Change(d.kind().label(), d.priority(), d.detail()))
                .toList();
        return new ProgressReport.Since(baseline.name(), baseline.takenAt().atZone(zone).toLocalDate(), changes);
    }
}
