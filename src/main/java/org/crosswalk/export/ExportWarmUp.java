package org.crosswalk.export;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises the export libraries (Apache POI, PDFBox, openhtmltopdf) by writing a
 * one-line paper to nowhere, on a low-priority background thread, once per run. The export
 * dialog starts it when it opens, so the first real export does not pay a second or more of
 * library start-up after the user's click (docs/benchmarks.md, Export).
 */
public final class ExportWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(ExportWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ExportWarmUp() {
    }

    public static void start(ExportService service) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> warm(service.exporters()), "crosswalk-export-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warm(List<Exporter> exporters) {
        Paper paper = new Paper("Warm-up", "Board", "", "", "", List.of(), List.of(), "Priority", "Plan", true,
                List.of(new Paper.ThemeTable("Theme", List.of(new Paper.PriorityRow("Priority", List.of("Sub-item"),
                        "", List.of(new Paper.Quote("Plan", "P", "1.1", 1, "Text.", false, "(P p. 1)", "Direct", "")),
                        null)))), null, null, List.of());
        for (Exporter exporter : exporters) {
            try {
                exporter.write(paper, OutputStream.nullOutputStream());
            } catch (Exception | LinkageError e) {
                // Only an optimisation: the real export will report any real problem.
                LOG.debug("Warm-up of {} failed", exporter.format(), e);
            }
        }
    }
}
