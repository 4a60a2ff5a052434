package org.crosswalk.app.cli;

/** The exit codes of every {@code crosswalk} command, listed in each command's help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A file that is missing, not a workspace, damaged, in use, not writable; or input refused. */
    public static final int BAD_INPUT = 1;
    /** Unknown command or option, or a missing argument (picocli's own code for usage errors). */
    public static final int USAGE = 2;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = "0:Done.";
    static final String BAD_INPUT_LINE = "1:Bad input or file (missing, not a workspace, damaged, in use, "
            + "not writable, already exists); the message says what to do.";
    static final String USAGE_LINE = "2:Usage error (unknown command or option, missing argument).";

    private ExitCodes() {
    }
}
