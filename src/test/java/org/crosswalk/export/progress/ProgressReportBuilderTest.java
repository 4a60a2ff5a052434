package org.crosswalk.export.progress;

import static org.crosswalk.export.progress.ProgressBench.ACTIVITY;
import static org.crosswalk.export.progress.ProgressBench.IMMUNISATION;
import static org.crosswalk.export.progress.ProgressBench.SMOKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.store.snapshot.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the progress report says, from a real workspace file followed up over two meetings. */
class ProgressReportBuilderTest {
    @TempDir
    Path dir;

    private ProgressBench bench;

    @BeforeEach
    void open() throws Exception {
        bench = ProgressBench.sample(dir);
    }

    @AfterEach
    void close() throws Exception {
        bench.close();
    }

    @Test
    void everyPriorityIsReportedInThePapersOrderWithItsFollowUp() throws Exception {
        ProgressReport report = bench.report(bench.followedUp());

        assertEquals("Progress report: Oxfordshire Health Improvement Board — NHS Long Term Plan mapping "
                + "(February 2019)", report.title());
        assertEquals(bench.workspace.load().priorities().size(), report.rows().size());
        assertEquals(List.of("Keeping Yourself Healthy / Prevent", "Reducing the impact of ill health (Reduce)",
                "Shaping Healthy Places and Communities"), report.themes().stream()
                .map(ProgressReport.ThemeProgress::theme).toList());
        ProgressReport.Row activity = row(report, ACTIVITY);
        assertEquals("Active Oxfordshire", activity.lead());
        assertEquals("At risk", activity.statusWords());
        assertEquals("30 September 2027", activity.dueWords());
        assertEquals("Funding bid delayed to the spring.", activity.update());
        assertTrue(activity.updatedWords().endsWith(" by Jane Officer"), activity.updatedWords());
        assertEquals("Not reported", row(report, "Promote Mental Wellbeing").statusWords());
        assertEquals("Position as at 15 April 2027", report.position());
    }

    @Test
    void aDateBeforeThePositionDayIsOverdueUnlessTheWorkIsDone() throws Exception {
        ProgressReport report = bench.report(bench.followedUp());

        ProgressReport.Row smoking = row(report, SMOKING);
        assertTrue(smoking.overdue(), "due 31 March, reported on 15 April, still on track");
        assertEquals("31 March 2027 (overdue)", smoking.dueWords());
        assertFalse(row(report, ACTIVITY).overdue());
        assertEquals(List.of(ACTIVITY, SMOKING), report.attention().stream().map(ProgressReport.Row::priority).toList(),
                "at risk, and overdue, in the paper's order");
        int total = report.rows().size();
        assertEquals(total + " priorities: 1 on track, 1 at risk, 1 done, " + (total - 3)
                + " not reported; 1 overdue.", report.summaryLine());
    }

    @Test
    void theChangesSinceTheSnapshotPutProgressFirst() throws Exception {
        ProgressReport report = bench.report(bench.followedUp());

        ProgressReport.Since since = report.since();
        assertEquals(ProgressBench.SNAPSHOT, since.snapshot());
        assertTrue(since.heading().startsWith("Changes since ‘" + ProgressBench.SNAPSHOT + "’ (taken "),
                since.heading());
        assertEquals(2, since.changes().size(), since.changes().toString());
        ProgressReport.Change activity = since.changes().get(0);
        assertEquals("Progress updated", activity.kind());
        assertEquals(ACTIVITY, activity.priority());
        assertEquals("status On track → At risk, due date 30 Jun 2027 → 30 Sept 2027, new update",
                activity.detail());
        ProgressReport.Change immunisation = since.changes().get(1);
        assertEquals(IMMUNISATION, immunisation.priority());
        assertEquals("lead now =Screening and Immunisation Lead, status not reported → Done, new update",
                immunisation.detail());
    }

    @Test
    void aLinkAddedSinceTheSnapshotIsReportedAfterTheProgress() throws Exception {
        Snapshot snapshot = Snapshots.take(bench.workspace, "Before");
        bench.progress(SMOKING, "", "", ImplementationStatus.NOT_STARTED, null, "");
        var content = bench.workspace.load();
        var smoking = bench.priority(SMOKING);
        var unlinkedItem = content.items().stream()
                .filter(i -> content.linksOf(smoking.id()).stream().noneMatch(l -> l.planItemId().equals(i.id())))
                .filter(i -> i.hasNumber()).findFirst().orElseThrow();
        bench.workspace.history().execute(org.crosswalk.store.edit.LinkEdits.link(smoking.id(), unlinkedItem.id(),
                java.util.UUID.randomUUID()));

        ProgressReport report = bench.report(ProgressReportBuilder.Baseline.of(bench.workspace, snapshot));

        assertEquals(List.of("Progress updated", "Link added"), report.since().changes().stream()
                .map(ProgressReport.Change::kind).toList());
        assertTrue(report.since().changes().get(1).detail().startsWith(unlinkedItem.number() + " "),
                report.since().changes().get(1).detail());
    }

    @Test
    void withoutASnapshotThereIsNoChangesSectionAndNothingNeedsAttentionOnAQuietTable() throws Exception {
        ProgressReport report = bench.report(null);

        assertNull(report.since());
        assertTrue(report.attention().isEmpty());
        assertEquals(report.rows().size() + " priorities: " + report.rows().size() + " not reported; none overdue.",
                report.summaryLine());
        assertTrue(report.counts().values().stream().allMatch(n -> n == 0));
        assertEquals(0, report.overdue());
        assertEquals(LocalDate.of(2027, 4, 15), report.asOf());
        assertFalse(report.counts().containsKey(null));
        assertEquals(ImplementationStatus.values().length, report.counts().size());
    }

    static ProgressReport.Row row(ProgressReport report, String priority) {
        return report.rows().stream().filter(r -> r.priority().equals(priority)).findFirst().orElseThrow();
    }
}
