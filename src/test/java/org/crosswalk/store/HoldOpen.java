package org.crosswalk.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a separate JVM by {@link OtherProcessTest}: opens the workspace given as the first
 * argument for editing, prints "OPEN" (or "PROBLEM kind"), and waits until it is killed.
 */
public final class HoldOpen {
    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Workspace workspace = new WorkspaceFiles(() -> "Other process", Clock.systemUTC())
                    .open(Path.of(args[0]), false);
            System.out.println("OPEN " + workspace.load().themes().size());
        } catch (WorkspaceProblem problem) {
            System.out.println("PROBLEM " + problem.kind());
        }
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
