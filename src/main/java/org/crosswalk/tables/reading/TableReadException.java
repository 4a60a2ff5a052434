package org.crosswalk.tables.reading;

/**
 * A file that cannot be read as a table or outline, with a message a board officer can act on
 * ("… is protected by a password. Remove the password in Excel (File > Info), save, and import
 * again."). Nothing has been imported when it is thrown.
 */
public final class TableReadException extends Exception {
    public TableReadException(String message) {
        super(message);
    }

    public TableReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
