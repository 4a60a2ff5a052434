package org.crosswalk.soak;

import java.util.List;

/**
 * What the worker said before one kill, read from its lines: the last edit it reported committed
 * (and the fingerprint of the file then), and the edit it had begun but not reported, if any.
 */
record KillRound(boolean started, int committed, String committedDigest, int expected, String expectedDigest,
                 String divergence, List<String> lines) {

    static KillRound read(List<String> lines) {
        boolean started = false;
        int committed = 0;
        String committedDigest = null;
        int expected = 0;
        String expectedDigest = null;
        String divergence = null;
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "START" -> {
                    started = true;
                    committedDigest = parts[1];
                }
                case "EXPECT" -> {
                    expected = Integer.parseInt(parts[1]);
                    expectedDigest = parts[2];
                }
                case "COMMITTED" -> {
                    committed = Integer.parseInt(parts[1]);
                    committedDigest = parts[2];
                }
                case "DIVERGED" -> divergence = line;
                default -> { }
            }
        }
        return new KillRound(started, committed, committedDigest, expected, expectedDigest, divergence, lines);
    }

    /** For a failure report: which state the worker reported the file's fingerprint matches, if any. */
    String whichStateIs(String digest) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).endsWith(" " + digest)) {
                return "matches the earlier line “" + lines.get(i) + "”";
            }
        }
        return "matches no state the worker reported";
    }

    /** The kill came while an edit was being written to the file: begun, not yet reported. */
    boolean killedDuringEdit() {
        return expected == committed + 1;
    }
}
