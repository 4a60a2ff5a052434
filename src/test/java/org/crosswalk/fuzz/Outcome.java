package org.crosswalk.fuzz;

import java.util.regex.Pattern;

/** What one case ended in: a valid result, the reader's clear error, or a failure worth fixing. */
record Outcome(Kind kind, String detail) {
    enum Kind { VALID, CLEAR_ERROR, FAILURE }

    /** Words that show a message was written for programmers, not for the person importing. */
    private static final Pattern UNCLEAR = Pattern.compile("Exception|\\bjava\\.|\\borg\\.|\\tat |\\bnull\\b|SQLITE_");

    static Outcome valid() {
        return new Outcome(Kind.VALID, "");
    }

    static Outcome failure(String detail) {
        return new Outcome(Kind.FAILURE, detail);
    }

    /** The reader's own error type: a clear error when its message is one a person can act on. */
    static Outcome clearError(String message) {
        if (message == null || message.strip().length() < 20 || UNCLEAR.matcher(message).find()) {
            return failure("unclear message: " + message);
        }
        return new Outcome(Kind.CLEAR_ERROR, message);
    }

    /** Anything else thrown is a failure, named with where it came from so it can be fixed. */
    static Outcome unexpected(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        for (StackTraceElement element : trace) {
            if (element.getClassName().startsWith("org.crosswalk.") && !element.getClassName().contains(".fuzz.")) {
                where += " (from " + element + ")";
                break;
            }
        }
        return failure("unexpected " + thrown.getClass().getName() + ": " + thrown.getMessage() + where);
    }

    boolean failed() {
        return kind == Kind.FAILURE;
    }
}
