package org.crosswalk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.history.ChangeLog;
import org.crosswalk.store.history.HistoryEntry;
import org.crosswalk.ui.history.HistoryRow;
import org.crosswalk.ui.history.When;

/**
 * History benchmark: the sample workspace given N real edits (renames of its priorities in turn,
 * each one transaction with its change_log and change_row rows), then the time to read the whole
 * history, one priority's and only the newest entry (what the panel reads after each edit), and to
 * turn the entries into the panel's rows (median of 5 each).
 *
 * <pre>java -cp TEST_CLASSPATH org.crosswalk.bench.HistoryBenchmark [EDITS, default 10000]</pre>
 */
public final class HistoryBenchmark {
    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("crosswalk-history-bench");
        WorkspaceFiles files = new WorkspaceFiles(() -> "Bench", Clock.systemUTC());
        try (Workspace workspace = new SampleWorkspace(new PlanCatalogue()).create(files, dir.resolve("b.crosswalk"))) {
            List<Priority> priorities = workspace.load().priorities();
            long start = System.nanoTime();
            for (int i = 0; i < edits; i++) {
                Priority priority = priorities.get(i % priorities.size());
                workspace.history().execute(OutlineEdits.renamePriority(priority.id(), priority.title() + " " + i));
            }
            double perEdit = (System.nanoTime() - start) / 1e6 / edits;
            UUID first = priorities.get(0).id();
            List<HistoryEntry> all = ChangeLog.all(workspace);
            System.out.printf("edits=%d  entries=%d  mean_ms_per_edit=%.2f%n", edits, all.size(), perEdit);
            System.out.printf("read_all_median_ms=%.1f%n", median(() -> ChangeLog.all(workspace)));
            System.out.printf("read_one_priority_median_ms=%.1f  (%d entries)%n",
                    median(() -> ChangeLog.ofPriority(workspace, first)), ChangeLog.ofPriority(workspace, first).size());
            long newest = all.get(0).seq();
            System.out.printf("read_newest_one_median_ms=%.1f  (what the panel reads after each edit)%n",
                    median(() -> ChangeLog.since(workspace, newest - 1, java.util.Optional.empty())));
            Instant now = Instant.now();
            System.out.printf("rows_median_ms=%.1f%n", median(() -> HistoryRow.of(all, now, ZoneId.systemDefault())));
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        List<Double> times = new ArrayList<>();
        work.run();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(2);
    }
}
