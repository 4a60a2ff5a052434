package org.crosswalk.plans.reading;

/** What a reader saw a block of text to be, before numbers and the outline are worked out. */
public enum BlockRole {
    /** A heading; {@link SourceBlock#level()} 1 is the largest heading style in the document. */
    HEADING,
    /** An ordinary paragraph of running text. */
    BODY,
    /**
     * One bullet or "(a)" list entry: a bullet glyph is removed, a letter such as "(a)" kept;
     * level 1 is the outermost list.
     */
    LIST_ITEM,
    /** Text inside a drawn box or shaded panel; blocks of one box share {@link SourceBlock#group()}. */
    BOXED,
    /** A whole table, one line per row, cells separated by " | ". */
    TABLE
}
