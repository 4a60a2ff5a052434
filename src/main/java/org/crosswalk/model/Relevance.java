package org.crosswalk.model;

import java.util.Locale;

/** How strongly a plan item supports a priority. */
public enum Relevance {
    DIRECT("Direct"), PARTIAL("Partial"), CONTEXT("Context");

    private final String label;

    Relevance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Relevance fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
