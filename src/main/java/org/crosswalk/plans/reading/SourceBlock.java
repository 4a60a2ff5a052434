package org.crosswalk.plans.reading;

import java.util.Objects;

/**
 * One block of text as a reader found it: a heading, a paragraph (its lines joined, hyphenation
 * and endnote markers already removed), a list entry, boxed text or a table.
 *
 * @param level       heading level (1 = largest) or list nesting (1 = outermost); 0 otherwise
 * @param pdfPage     1-based physical page the block starts on; null when the format has no pages
 * @param printedPage page number printed on that page (footer or page label); null when none is
 *                    printed there (cover, contents) or the format has no pages
 * @param group       blocks that belong together (one box) share a positive group; 0 for none
 */
public record SourceBlock(BlockRole role, int level, String text, Integer pdfPage, Integer printedPage, int group) {
    public SourceBlock {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static SourceBlock body(String text, Integer pdfPage, Integer printedPage) {
        return new SourceBlock(BlockRole.BODY, 0, text, pdfPage, printedPage, 0);
    }

    public static SourceBlock heading(int level, String text, Integer pdfPage, Integer printedPage) {
        return new SourceBlock(BlockRole.HEADING, level, text, pdfPage, printedPage, 0);
    }

    public static SourceBlock listItem(int level, String text, Integer pdfPage, Integer printedPage) {
        return new SourceBlock(BlockRole.LIST_ITEM, level, text, pdfPage, printedPage, 0);
    }
}
