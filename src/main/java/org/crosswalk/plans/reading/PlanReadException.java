package org.crosswalk.plans.reading;

/**
 * A plan file that cannot be read, with a message a person can act on ("This PDF is protected
 * by a password ..."). Nothing has been changed when it is thrown.
 */
public class PlanReadException extends Exception {
    public PlanReadException(String message) {
        super(message);
    }

    public PlanReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
