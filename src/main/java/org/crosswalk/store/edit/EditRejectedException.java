package org.crosswalk.store.edit;

/** An edit that cannot be made as asked; the message is written for the person who asked. */
public class EditRejectedException extends RuntimeException {
    public EditRejectedException(String message) {
        super(message);
    }
}
