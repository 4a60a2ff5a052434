package org.crosswalk.store.edit;

/**
 * An edit that could not be written to the file: the disk is full, the drive became read-only or
 * went away, or the file was deleted or replaced. None of the edit was saved; everything before it
 * was. The message says so and what to do, for the person who made the edit.
 */
public class SaveFailedException extends EditRejectedException {
    public SaveFailedException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
