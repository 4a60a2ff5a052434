package org.crosswalk.soak;

import java.util.ArrayList;
import java.util.List;

/** What a soak run counted; printed by the script and checked by the test. */
final class SoakFigures {
    int kills;
    int killedWhileOpening;
    long editsCommitted;
    int killedDuringEdit;
    int duringEditRolledBack;
    int duringEditCommittedUnreported;
    int staleLockFilesFound;
    final List<String> failures = new ArrayList<>();
    final List<Long> reopenMillis = new ArrayList<>();

    long medianReopenMillis() {
        List<Long> sorted = reopenMillis.stream().sorted().toList();
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }

    long maxReopenMillis() {
        return reopenMillis.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    String report() {
        return String.join("\n",
                "kills:                               " + kills,
                "  while the worker was opening:      " + killedWhileOpening,
                "  while an edit was being written:   " + killedDuringEdit
                        + " (rolled back " + duringEditRolledBack + ", committed but not yet reported "
                        + duringEditCommittedUnreported + ")",
                "edits reported committed in all:     " + editsCommitted,
                "stale lock files left by the kills:  " + staleLockFilesFound + " (each reopened for editing)",
                "failures:                            " + failures.size(),
                "reopen after kill (ms):              median " + medianReopenMillis() + ", max " + maxReopenMillis())
                + failures.stream().map(f -> "\n  FAILURE " + f).reduce("", String::concat);
    }
}
