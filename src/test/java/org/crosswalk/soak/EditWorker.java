package org.crosswalk.soak;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.EditHistory;
import org.crosswalk.store.edit.EditRejectedException;

/**
 * The child program of the crash soak ({@link CrashSoak}): opens a workspace for editing and applies
 * seeded random edits until it is killed. Each edit is first made on a private copy (the "shadow"),
 * whose fingerprint is printed as what the file will hold if the edit commits; then on the real
 * file, and only after its commit returned is it reported:
 * <pre>
 * START digest           the file opened, as it was
 * BEGIN n what           edit n is about to be made
 * EXPECT n digest        the file after edit n, if it commits
 * SKIP n why             the edit was refused (nothing to undo, already linked, ...)
 * COMMITTED n digest     edit n is in the file
 * </pre>
 * Arguments: workspace, shadow copy path, seed.
 */
public final class EditWorker {
    private EditWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long seed = Long.parseLong(args[2]);
        // Set before each edit, so the copy gets the same time stamps; it jumps now and then.
        TestClock clock = new TestClock();
        Random time = new Random(seed ^ 0x5EEDL);
        WorkspaceFiles files = new WorkspaceFiles(() -> "Soak worker", clock);
        Workspace real = files.open(Path.of(args[0]), false);
        real.saveCopyAs(Path.of(args[1]));
        Workspace shadow = files.open(Path.of(args[1]), false);
        String start = SoakDigest.of(real);
        if (!start.equals(SoakDigest.of(shadow))) {
            out.println("DIVERGED 0 the copy differs from the file");
            System.exit(3);
        }
        out.println("START " + start);
        RandomEdits edits = new RandomEdits(seed);
        for (int n = 1; n < 1_000_000; n++) {
            clock.advance(jump(time));
            RandomEdits.Step step = edits.next(real.load());
            out.println("BEGIN " + n + " " + step.what());
            Optional<String> refused = apply(step, shadow.history());
            if (refused.isPresent()) {
                out.println("SKIP " + n + " " + refused.get().replace('\n', ' '));
                n--;
                continue;
            }
            String expected = SoakDigest.of(shadow);
            out.println("EXPECT " + n + " " + expected);
            Optional<String> refusedForReal = apply(step, real.history());
            if (refusedForReal.isPresent()) {
                out.println("DIVERGED " + n + " " + refusedForReal.get());
                System.exit(3);
            }
            // Reported as soon as the commit returned; the parent checks the file against it.
            out.println("COMMITTED " + n + " " + expected);
            // The copy must have taken the same path as the file; if not, say so, as that is the
            // soak's own fault (or an order that depends on how rows lie in the file), not a crash.
            String actual = SoakDigest.of(real);
            if (!actual.equals(expected)) {
                out.println("DIVERGED " + n + " the file and its copy differ after " + step.what());
                System.exit(3);
            }
        }
    }

    /** Usually a few seconds on; now and then the machine's clock jumps back or forward by days. */
    private static Duration jump(Random random) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return Duration.ofMinutes(-1 - random.nextInt(60 * 24 * 30));
        }
        if (roll == 1) {
            return Duration.ofMinutes(1 + random.nextInt(60 * 24 * 30));
        }
        return Duration.ofSeconds(1 + random.nextInt(60));
    }

    /** Makes the step; empty when done, else why it was refused. */
    private static Optional<String> apply(RandomEdits.Step step, EditHistory history) throws Exception {
        try {
            if (step instanceof RandomEdits.Apply apply) {
                history.execute(apply.edit());
                return Optional.empty();
            }
            Optional<String> done = step instanceof RandomEdits.Undo ? history.undo() : history.redo();
            return done.isPresent() ? Optional.empty() : Optional.of("nothing to " + step.what());
        } catch (EditRejectedException e) {
            return Optional.of(e.getMessage());
        }
    }
}
