package org.crosswalk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crosswalk.model.PlanContent;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.ParsedPlans;
import org.crosswalk.plans.reading.PlanDetails;
import org.crosswalk.plans.reading.PlanImport;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.pdf.PlanPdfWriter;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.PlanEdits;

/**
 * Plan import benchmark: a generated numbered plan of about 150 pages (7 chapters, sections,
 * bullets, endnote markers, running header and footers) is read into a {@link ParsedPlan}
 * (PlanImport.read: PDF text positions, boxes, blocks, structure) and saved into a new workspace
 * (PlanEdits.addPlan) — the first time in this JVM and the median of the following runs. The
 * floor, measured in the same JVM: PDFBox's own plain text extraction of the same file.
 *
 * <pre>java -cp TEST_CLASSPATH org.crosswalk.bench.PlanImportBenchmark [--warm 5] [--out DIR]</pre>
 * Prints one line {@code IMPORT_RESULT pages=... items=... cold_read_ms=... warm_read_median_ms=...
 * floor_median_ms=... save_ms=...} for scripts.
 */
public final class PlanImportBenchmark {
    private static final String[] SENTENCES = {
        "Local systems will agree how services for people with long-term conditions are joined up.",
        "We will expand access to talking therapies for adults with common mental health problems.",
        "By 2023/24 every trust will offer tobacco treatment to people admitted to hospital who smoke.",
        "The programme will be evaluated, and the results published so that others can learn from it.",
        "Funding will follow the areas of greatest need, with additional support for deprived communities.",
        "Primary care networks will work with local authorities on prevention and early intervention.",
    };

    private PlanImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warm = 5;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            out = Files.createTempDirectory("crosswalk-import-bench");
        }
        Files.createDirectories(out);
        Path pdf = out.resolve("generated-plan.pdf");
        int pages = generate(pdf);

        long start = System.nanoTime();
        ParsedPlan parsed = PlanImport.read(pdf, ReadProgress.NONE);
        double coldRead = millis(start);
        List<Double> reads = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            start = System.nanoTime();
            PlanImport.read(pdf, ReadProgress.NONE);
            reads.add(millis(start));
            start = System.nanoTime();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                new PDFTextStripper().getText(document);
            }
            floors.add(millis(start));
        }
        PlanContent content = ParsedPlans.toContent(parsed, PlanDetails.of("Generated plan", "GP"));
        Path workspaceFile = out.resolve("import-bench.crosswalk");
        Files.deleteIfExists(workspaceFile);
        WorkspaceFiles files = new WorkspaceFiles(() -> "benchmark", java.time.Clock.systemUTC());
        double save;
        try (Workspace workspace = files.create(workspaceFile, "Benchmark board", "")) {
            start = System.nanoTime();
            workspace.history().execute(PlanEdits.addPlan(content));
            save = millis(start);
        }
        System.out.printf(Locale.ROOT, "Generated plan: %d pages, %d chapters, %d items (%d numbered)%n", pages,
                parsed.chapters().size(), parsed.items().size(),
                parsed.items().stream().filter(i -> i.number() != null).count());
        System.out.printf(Locale.ROOT, "Read + structure: first in JVM %.0f ms, warm median %.0f ms (%d runs)%n",
                coldRead, median(reads), warm);
        System.out.printf(Locale.ROOT, "Floor, PDFBox plain text of the same file: warm median %.0f ms%n",
                median(floors));
        System.out.printf(Locale.ROOT, "Save into a new workspace (one undoable edit): %.0f ms%n", save);
        System.out.printf(Locale.ROOT, "IMPORT_RESULT pages=%d items=%d cold_read_ms=%.0f warm_read_median_ms=%.0f "
                + "floor_median_ms=%.0f save_ms=%.0f%n", pages, parsed.items().size(), coldRead, median(reads),
                median(floors), save);
    }

    /** About 150 A4 pages: 7 chapters of 6 sections of 27 numbered paragraphs, some with bullets. */
    private static int generate(Path pdf) throws Exception {
        try (PlanPdfWriter writer = new PlanPdfWriter("A Generated National Plan", 3)) {
            writer.cover("A Generated National Plan");
            for (int chapter = 1; chapter <= 7; chapter++) {
                writer.chapter("Chapter " + chapter + ": Priorities for area " + chapter);
                int paragraph = 0;
                for (int section = 1; section <= 6; section++) {
                    writer.section("Section " + chapter + "." + section + " services and outcomes");
                    for (int p = 0; p < 27; p++) {
                        paragraph++;
                        StringBuilder text = new StringBuilder();
                        for (int s = 0; s < 3 + (paragraph % 4); s++) {
                            text.append(SENTENCES[(paragraph + s) % SENTENCES.length]).append(' ');
                        }
                        if (paragraph % 9 == 0) {
                            text.append("See the evidence.^").append(paragraph).append(" ");
                        }
                        writer.paragraph(chapter + "." + paragraph + ".", text.toString().strip());
                        if (paragraph % 7 == 0) {
                            writer.bullet("first, services will be joined up;").bullet("second, outcomes published.");
                        }
                    }
                }
            }
            writer.save(pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
