package org.crosswalk.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The short form of the crash soak (scripts/soak.sh runs 200 kills). */
class CrashSoakTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void killingAnEditingProcessNeverLosesAReportedEditNorLeavesHalfOfOne() throws Exception {
        SoakFigures figures = new CrashSoak(dir, 20261123L, 800).run(10);
        System.out.println("Crash soak, short form:\n" + figures.report());

        assertEquals(10, figures.kills);
        assertEquals(java.util.List.of(), figures.failures, figures.report());
        assertTrue(figures.editsCommitted > 0, "the worker made edits before it was killed: " + figures.report());
        assertTrue(figures.staleLockFilesFound > 0, "the killed worker left its lock file, which did not block");
    }
}
