package org.crosswalk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crosswalk.export.ExportService;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Exporters;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;

/**
 * Export benchmark: for each format of {@link Exporters#standard()}, the time to export a
 * workspace (build the paper from the loaded content, write it, force it to disk, move it into
 * place: {@link ExportService#export}), the first time in this JVM ("cold") and the median of the
 * following runs ("warm"), with the file size. Loading the workspace is timed once, apart.
 *
 * <pre>
 * java -cp TEST_CLASSPATH org.crosswalk.bench.ExportBenchmark [--workspace FILE] [--formats xlsx,csv]
 *      [--warm 5] [--out DIR]
 * </pre>
 * Without --workspace, a {@link LargeWorkspace} (200 priorities, 1,000 links) is generated in
 * --out (default: a temporary folder). Prints a table, then one line per format
 * {@code EXPORT_RESULT format=xlsx cold_ms=... warm_median_ms=... bytes=...} for scripts.
 * {@code --list} prints the registered formats and exits.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        ExportService service = Exporters.standard();
        Path workspaceFile = null;
        List<String> formats = service.exporters().stream().map(Exporter::format).toList();
        int warm = 5;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workspace" -> workspaceFile = Path.of(args[++i]);
                case "--formats" -> formats = Arrays.asList(args[++i].split(","));
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--list" -> {
                    service.exporters().forEach(e -> System.out.println(e.format() + "\t" + e.description()));
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            out = Files.createTempDirectory("crosswalk-export-bench");
        }
        Files.createDirectories(out);
        if (workspaceFile == null) {
            workspaceFile = out.resolve("large.crosswalk");
            long t = System.nanoTime();
            LargeWorkspace.create(workspaceFile, LargeWorkspace.DEFAULT_SEED);
            System.out.printf(Locale.ROOT, "Generated %s in %.0f ms%n", workspaceFile, ms(System.nanoTime() - t));
        }

        long loadStart = System.nanoTime();
        WorkspaceContent content;
        try (Workspace workspace = new WorkspaceFiles(() -> "Benchmark", Clock.systemUTC()).open(workspaceFile, true)) {
            content = workspace.load();
        }
        double loadMs = ms(System.nanoTime() - loadStart);
        System.out.printf(Locale.ROOT, "Workspace: %s (%d KB): %d plans, %d plan items, %d themes, %d priorities, "
                        + "%d links; opened and loaded in %.0f ms (JVM up %d ms before the first export)%n",
                workspaceFile.getFileName(), Files.size(workspaceFile) / 1024, content.plans().size(),
                content.items().size(), content.themes().size(), content.priorities().size(), content.links().size(),
                loadMs, System.currentTimeMillis() - jvmStart);

        List<String> lines = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-6s %10s %16s %10s %12s%n", "format", "cold_ms", "warm_median_ms",
                "warm_min", "size_KB");
        for (String format : formats) {
            Exporter exporter = service.exporter(format).orElse(null);
            if (exporter == null) {
                System.out.printf(Locale.ROOT, "%-6s %10s%n", format, "not registered");
                continue;
            }
            Path target = out.resolve("large" + exporter.extension());
            double cold = time(service, content, exporter, target);
            double[] warmRuns = new double[warm];
            for (int i = 0; i < warm; i++) {
                warmRuns[i] = time(service, content, exporter, target);
            }
            double median = median(warmRuns);
            double min = Arrays.stream(warmRuns).min().orElse(Double.NaN);
            long bytes = Files.size(target);
            System.out.printf(Locale.ROOT, "%-6s %10.0f %16.0f %10.0f %12.0f%n", format, cold, median, min,
                    bytes / 1024.0);
            lines.add(String.format(Locale.ROOT, "EXPORT_RESULT format=%s cold_ms=%.0f warm_median_ms=%.0f bytes=%d",
                    format, cold, median, bytes));
        }
        lines.forEach(System.out::println);
    }

    private static double time(ExportService service, WorkspaceContent content, Exporter exporter, Path target)
            throws Exception {
        long start = System.nanoTime();
        service.export(content, exporter, target);
        return ms(System.nanoTime() - start);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
