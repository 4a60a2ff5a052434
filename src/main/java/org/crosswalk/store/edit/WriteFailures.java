package org.crosswalk.store.edit;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells write failures of the machine (full disk, read-only or vanished drive) from other SQL
 * errors, and explains them. SQLite's primary result codes are the low byte of its error codes.
 */
final class WriteFailures {
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final String KEPT = " Nothing of this change was saved; everything you did before it is safe in the file.";

    private WriteFailures() {
    }

    static Optional<SaveFailedException> explain(SQLException e) {
        switch (e.getErrorCode() & 0xFF) {
            case SQLITE_FULL:
                return Optional.of(new SaveFailedException("The disk is full, so Crosswalk could not save this "
                        + "change." + KEPT + " Free some space on the disk, then make the change again.", e));
            case SQLITE_READONLY:
            case SQLITE_IOERR:
            case SQLITE_CANTOPEN:
                return Optional.of(new SaveFailedException("Crosswalk could not write to the workspace file: the "
                        + "file, its folder or its drive has become read-only or is no longer there."
                        + KEPT + " Reconnect the drive or restore write access, then make the change again; "
                        + "or use File > Save a Copy As… to keep your work somewhere else.", e));
            default:
                return Optional.empty();
        }
    }
}
