package org.crosswalk.model;

import java.util.Locale;

/** What sort of text a plan item is. */
public enum ItemKind {
    /** A numbered paragraph ("2.18."). */
    PARAGRAPH,
    /** A key commitment as summarised under a chapter and section heading. */
    COMMITMENT,
    /** Unnumbered prose of the plan (intro text, case study, caption). */
    PROSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
