package org.crosswalk.plans.catalogue;

/** A bundled data file that cannot be read: a fault of the installation, not of the user. */
public class CatalogueException extends RuntimeException {
    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
