package org.crosswalk.export;

/** An export that could not be written; the message says what happened and what to do. */
public class ExportProblem extends Exception {
    public ExportProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
