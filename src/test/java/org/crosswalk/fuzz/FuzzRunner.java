package org.crosswalk.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs the cases of one reader, each on a worker thread and time-boxed: a case that overruns is a
 * "hang". Case {@code n} of a reader depends only on the master seed, the reader's name and
 * {@code n}, so any case can be replayed alone ({@code -Dcrosswalk.fuzz.replay=READER#n}).
 */
final class FuzzRunner {
    private final long seed;
    private final long timeoutSeconds;
    private final Path scratch;
    private ExecutorService worker = newWorker();

    FuzzRunner(long seed, long timeoutSeconds, Path scratch) {
        this.seed = seed;
        this.timeoutSeconds = timeoutSeconds;
        this.scratch = scratch;
    }

    ReaderSummary run(FuzzTarget target, int cases, Integer onlyCase) {
        requireValidSeeds(target);
        ReaderSummary summary = new ReaderSummary(target.name());
        for (int n = 0; n < cases; n++) {
            if (onlyCase == null || onlyCase == n) {
                runCase(target, n, summary);
            }
        }
        return summary;
    }

    /**
     * Each seed file, undamaged, must give a valid result: otherwise the cases test nothing. This also
     * loads the reader's classes and fonts, so the first case's time box is not spent on that.
     */
    private void requireValidSeeds(FuzzTarget target) {
        for (FuzzTarget.Seed seedFile : target.seeds()) {
            Path folder = scratch.resolve(target.name() + "-seed");
            try {
                Files.createDirectories(folder);
                Path file = Files.write(folder.resolve("seed." + seedFile.extension()), seedFile.bytes());
                Outcome outcome = worker.submit(() -> target.run(file, folder)).get(10 * timeoutSeconds,
                        TimeUnit.SECONDS);
                if (outcome.kind() != Outcome.Kind.VALID) {
                    throw new IllegalStateException("The seed file " + seedFile.name() + " is not read by "
                            + target.name() + ": " + outcome.detail());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The seed file " + seedFile.name() + " failed in " + target.name(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                deleteTree(folder);
            }
        }
    }

    private void runCase(FuzzTarget target, int n, ReaderSummary summary) {
        FuzzTarget.Seed seedFile = target.seeds().get(n % target.seeds().size());
        Random random = new Random(caseSeed(target.name(), n));
        Mutation mutation = target.mutate(seedFile, random);
        String caseName = target.name() + "#" + n;
        Path folder = scratch.resolve("case-" + Math.abs(caseName.hashCode()) + "-" + n);
        long started = System.nanoTime();
        Outcome outcome;
        try {
            Files.createDirectories(folder);
            Path file = Files.write(folder.resolve("fuzz." + seedFile.extension()), mutation.bytes());
            Future<Outcome> running = worker.submit(() -> target.run(file, folder));
            outcome = running.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.shutdownNow(); // the stuck thread is a daemon; later cases get a fresh one
            worker = newWorker();
            outcome = Outcome.failure("hang: still running after " + timeoutSeconds + " s");
        } catch (ExecutionException e) {
            outcome = Outcome.unexpected(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String described = caseName + " [seed file " + seedFile.name() + ", " + mutation.description() + "]";
        summary.add(outcome.failed() ? described : caseName, outcome, millis);
        if (outcome.failed()) {
            System.out.println("FUZZ FAILURE " + described + ": " + outcome.detail()
                    + "\n  replay: mvn -o -q test -Dtest=ReaderFuzzTest -Dcrosswalk.fuzz.seed=" + seed
                    + " -Dcrosswalk.fuzz.replay=" + caseName);
        } else {
            deleteTree(folder);
        }
    }

    /** Mixes the master seed, the reader and the case number (SplitMix64's finaliser). */
    long caseSeed(String reader, int n) {
        long z = seed * 0x9E3779B97F4A7C15L + reader.hashCode() * 0xBF58476D1CE4E5B9L + n;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
