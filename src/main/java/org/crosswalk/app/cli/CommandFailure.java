package org.crosswalk.app.cli;

/**
 * A command refused its input (a file exists already, a folder cannot be made). The message is
 * for the user: what happened, what was kept, what to do next.
 */
final class CommandFailure extends Exception {
    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** An import that changed nothing, and why ("… is protected by a password. …"). */
    static CommandFailure nothingImported(Object file, Throwable why) {
        return new CommandFailure("Nothing was imported from “" + file + "”. " + why.getMessage(), why);
    }
}
