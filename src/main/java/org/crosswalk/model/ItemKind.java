package org.crosswalk.model;

import java.util.Locale;

/** What sort of text a plan item is. */
public enum ItemKind {
    /** A numbered paragraph ("2.18."). */
    PARAGRAPH,
    /** A key commitment as summarised under a chapter and section heading. */
    COMMITMENT,
    /** Unnumbered prose of the plan (a chapter's introduction, text before the first number). */
    PROSE,
    /** A boxed case study or example, kept apart from the numbered paragraphs around it. */
    CASE_STUDY,
    /** A figure or chart: its caption and source line (the picture itself is not kept). */
    FIGURE,
    /** A table, its rows one per line with cells separated by " | ". */
    TABLE;

    /** Whether this is one of the plan's own citable statements rather than material set apart. */
    public boolean isStatement() {
        return this == PARAGRAPH || this == COMMITMENT;
    }

    /** "Case study", "Figure" ... as a reader would name it. */
    public String displayName() {
        return switch (this) {
            case PARAGRAPH -> "Paragraph";
            case COMMITMENT -> "Commitment";
            case PROSE -> "Unnumbered text";
            case CASE_STUDY -> "Case study";
            case FIGURE -> "Figure";
            case TABLE -> "Table";
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
