package org.crosswalk.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;

/**
 * The crash soak: starts {@link EditWorker} on a copy of the sample, kills it with SIGKILL at a
 * random moment, then checks that the file opens for editing in Crosswalk (the killed process's
 * lock file and write-ahead log still beside it), passes SQLite's integrity and foreign-key checks,
 * and holds exactly what the worker last reported committed — or, when the kill came while an edit
 * was being written, exactly the state after that edit. Never anything in between.
 */
public final class CrashSoak {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Path folder;
    private final Path file;
    private final long seed;
    private final int maxWaitMillis;
    private final Random random;
    private final WorkspaceFiles files = new WorkspaceFiles(() -> "Soak check", Clock.systemUTC());
    private String digest;

    CrashSoak(Path folder, long seed, int maxWaitMillis) {
        this.folder = folder;
        this.file = folder.resolve("Soak board.crosswalk");
        this.seed = seed;
        this.maxWaitMillis = maxWaitMillis;
        this.random = new Random(seed);
    }

    SoakFigures run(int kills) throws Exception {
        try (Workspace sample = new SampleWorkspace(new PlanCatalogue()).create(files, file)) {
            digest = SoakDigest.of(sample);
        }
        SoakFigures figures = new SoakFigures();
        for (int kill = 1; kill <= kills; kill++) {
            round(kill, figures);
        }
        return figures;
    }

    private void round(int kill, SoakFigures figures) throws Exception {
        Path shadow = folder.resolve("shadow-" + kill + ".crosswalk");
        // A quick-starting JVM: the soak's time goes on starts, and the machine may be busy.
        Process worker = new ProcessBuilder(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                EditWorker.class.getName(), file.toString(), shadow.toString(), Long.toString(seed * 1000 + kill))
                .redirectError(folder.resolve("worker-errors.txt").toFile())
                .start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = new Thread(() -> readLines(worker, lines, started));
        reader.start();
        boolean whileOpening = random.nextInt(10) == 0;
        if (whileOpening) {
            Thread.sleep(random.nextInt(1500));
        } else if (!started.await(120, TimeUnit.SECONDS)) {
            figures.failures.add("kill " + kill + ": the worker did not start within 120 s");
        } else {
            Thread.sleep(random.nextInt(maxWaitMillis + 1));
        }
        boolean wasAlive = worker.isAlive();
        // SIGKILL on Linux and macOS: no shutdown hooks, no clean close. Through the process handle,
        // because Process.destroyForcibly also closes our end of its output, and the lines it wrote
        // just before dying (edits it reported committed) would be lost to the check.
        worker.toHandle().destroyForcibly();
        worker.waitFor(60, TimeUnit.SECONDS);
        reader.join(60_000); // every line the worker wrote before it died
        if (reader.isAlive()) {
            figures.failures.add("kill " + kill + ": the worker's output was not all read within 60 s");
        }
        figures.kills++;
        KillRound said = KillRound.read(List.copyOf(lines));
        if (!wasAlive) {
            figures.failures.add("kill " + kill + ": the worker had already stopped (exit " + worker.exitValue()
                    + "); see worker-errors.txt. Last lines: " + tail(lines));
        }
        if (said.divergence() != null) {
            figures.failures.add("kill " + kill + ": " + said.divergence());
        }
        if (!said.started()) {
            figures.killedWhileOpening++;
        } else if (!digest.equals(said.committedDigest()) && said.committed() == 0) {
            figures.failures.add("kill " + kill + ": the worker found the file changed since the last check");
        }
        if (Files.exists(file.resolveSibling(file.getFileName() + "-lock"))) {
            figures.staleLockFilesFound++;
        }
        check(kill, said, figures, lines);
        figures.editsCommitted += said.committed();
        deleteShadow(shadow);
    }

    private void check(int kill, KillRound said, SoakFigures figures, List<String> lines) {
        long before = System.nanoTime();
        try (Workspace reopened = files.open(file, false)) {
            figures.reopenMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before));
            String problems = sqliteChecks(reopened);
            if (!problems.isEmpty()) {
                figures.failures.add("kill " + kill + ": " + problems);
            }
            String found = SoakDigest.of(reopened);
            String lastReported = said.started() ? said.committedDigest() : digest;
            if (found.equals(lastReported)) {
                if (said.killedDuringEdit()) {
                    figures.killedDuringEdit++;
                    figures.duringEditRolledBack++;
                }
            } else if (said.killedDuringEdit() && found.equals(said.expectedDigest())) {
                figures.killedDuringEdit++;
                figures.duringEditCommittedUnreported++;
            } else {
                figures.failures.add("kill " + kill + ": after " + said.committed() + " reported edits the file "
                        + "holds neither the last reported state nor the edit in progress; it "
                        + said.whichStateIs(found) + ". Last lines: " + tail(lines) + keep(kill));
            }
            digest = found;
        } catch (Exception e) {
            figures.failures.add("kill " + kill + ": could not reopen: " + e);
        }
    }

    /** SQLite's own checks, through the connection Crosswalk opened (file plus write-ahead log). */
    private static String sqliteChecks(Workspace workspace) throws Exception {
        return workspace.read(connection -> {
            StringBuilder problems = new StringBuilder();
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                    rows.next();
                    if (!"ok".equals(rows.getString(1))) {
                        problems.append("integrity_check: ").append(rows.getString(1)).append(' ');
                    }
                }
                try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    if (rows.next()) {
                        problems.append("foreign_key_check: row ").append(rows.getString(2))
                                .append(" of ").append(rows.getString(1));
                    }
                }
            }
            return problems.toString();
        });
    }

    private static void readLines(Process worker, List<String> lines, CountDownLatch started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                if (line.startsWith("START")) {
                    started.countDown();
                }
            }
        } catch (IOException e) {
            lines.add("READ-ERROR " + e);
        }
    }

    /** Keeps the failing file beside the run for a closer look. */
    private String keep(int kill) {
        Path kept = folder.resolve("failed-kill-" + kill + ".crosswalk");
        try {
            Files.copy(file, kept);
            return " (file kept as " + kept + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(List<String> lines) {
        synchronized (lines) {
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        }
    }

    private static void deleteShadow(Path shadow) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", "-lock")) {
            Files.deleteIfExists(shadow.resolveSibling(shadow.getFileName() + suffix));
        }
    }

    /** For scripts/soak.sh: KILLS SEED FOLDER [MAX_WAIT_MS]; exit 1 when any kill lost or broke something. */
    public static void main(String[] args) throws Exception {
        int kills = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int maxWait = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        long begin = System.nanoTime();
        SoakFigures figures = new CrashSoak(Path.of(args[2]), seed, maxWait).run(kills);
        System.out.println(figures.report());
        System.out.println("seed " + seed + ", wait up to " + maxWait + " ms after start, took "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin) + " s");
        System.exit(figures.failures.isEmpty() ? 0 : 1);
    }
}
