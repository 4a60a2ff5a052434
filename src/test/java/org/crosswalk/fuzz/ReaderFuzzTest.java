package org.crosswalk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes every reader with damaged copies of valid files (issue 9): each case must end in a valid
 * result or the reader's clear error, within the time box, and leave workspaces as they were.
 * In {@code mvn verify}: 200 cases per reader (100 for PDF plans), seed 1. {@code scripts/fuzz.sh}
 * raises the count ({@code -Dcrosswalk.fuzz.cases}, {@code -Dcrosswalk.fuzz.pdfCases}) and picks the
 * seed ({@code -Dcrosswalk.fuzz.seed});
 * {@code -Dcrosswalk.fuzz.replay=READER#N} runs one case alone. The results table is written to
 * {@code target/fuzz/summary.md}.
 */
class ReaderFuzzTest {
    private static final int CASES = Integer.getInteger("crosswalk.fuzz.cases", 200);
    /** PDF cases are the slowest (a few hundred ms each): half as many in the build, as many in the script. */
    private static final int PDF_CASES = Integer.getInteger("crosswalk.fuzz.pdfCases", Math.max(1, CASES / 2));
    private static final long SEED = Long.getLong("crosswalk.fuzz.seed", 1L);
    /**
     * A hang never ends; a slow case on a machine shared with other builds can take several seconds
     * (the slowest PDF case here: 4–6 s), so the box is generous.
     */
    private static final long TIMEOUT_SECONDS = Long.getLong("crosswalk.fuzz.timeoutSeconds", 30L);
    private static final String REPLAY = System.getProperty("crosswalk.fuzz.replay", "");
    private static final List<ReaderSummary> SUMMARIES = new ArrayList<>();

    @TempDir
    static Path scratch;
    private static List<FuzzTarget> targets;
    private static FuzzRunner runner;

    /** PDFBox warns about every damaged PDF it repairs; kept here so the setting is not collected. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    @BeforeAll
    static void writeSeeds() throws Exception {
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
        FuzzSeeds seeds = new FuzzSeeds(Files.createDirectories(scratch.resolve("seeds"))).write();
        targets = new ReaderTargets(seeds, Files.createDirectories(scratch.resolve("mutating"))).all();
        runner = new FuzzRunner(SEED, TIMEOUT_SECONDS, Files.createDirectories(scratch.resolve("cases")));
    }

    @TestFactory
    Stream<DynamicTest> everyReaderGivesAValidResultOrAClearError() {
        return targets.stream().filter(t -> REPLAY.isEmpty() || REPLAY.startsWith(t.name() + "#"))
                .map(target -> DynamicTest.dynamicTest(target.name(), () -> {
                    int cases = target.name().equals("plan-pdf") ? PDF_CASES : CASES;
                    Integer only = REPLAY.isEmpty() ? null : Integer.valueOf(REPLAY.substring(REPLAY.indexOf('#') + 1));
                    ReaderSummary summary = runner.run(target, only == null ? cases : only + 1, only);
                    synchronized (SUMMARIES) {
                        SUMMARIES.add(summary);
                    }
                    assertEquals(List.of(), summary.failures(), target.name() + ": cases that failed");
                }));
    }

    @AfterAll
    static void writeSummary() throws Exception {
        StringBuilder table = new StringBuilder("Fuzzing, seed " + SEED + ", time box " + TIMEOUT_SECONDS + " s\n\n")
                .append(ReaderSummary.tableHeading()).append('\n');
        SUMMARIES.forEach(s -> table.append(s.tableRow()).append('\n'));
        Path out = Files.createDirectories(Path.of("target", "fuzz")).resolve("summary.md");
        Files.writeString(out, table);
        System.out.println(table);
    }
}
