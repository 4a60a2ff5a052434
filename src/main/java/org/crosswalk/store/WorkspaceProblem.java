package org.crosswalk.store;

/**
 * Why a file could not be opened or written, with a message a non-programmer can act on:
 * what happened, what was kept, what to do next.
 */
public class WorkspaceProblem extends Exception {

    public enum Kind {
        NOT_FOUND, NOT_A_WORKSPACE, DAMAGED, NEWER_VERSION, IN_USE, READ_ONLY, CANNOT_WRITE, FAILED,
        /** Offered for a merge, but it is this very file or a copy of a different workspace. */
        NOT_A_COPY
    }

    private final Kind kind;

    public WorkspaceProblem(Kind kind, String message) {
        this(kind, message, null);
    }

    public WorkspaceProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the same file can still be opened read-only (it is in use, or not writable). */
    public boolean canOpenReadOnly() {
        return kind == Kind.IN_USE || kind == Kind.READ_ONLY;
    }
}
