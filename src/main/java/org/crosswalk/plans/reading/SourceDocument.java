package org.crosswalk.plans.reading;

import java.util.List;
import java.util.Objects;

/**
 * A plan document as a reader found it, in reading order, with running headers, footers,
 * covers and contents pages already left out.
 *
 * @param titleHint the document's own title (metadata or cover), or null
 * @param pageCount physical pages, or 0 for formats without pages
 * @param notes     what the reader left out or was unsure of, in words for the review step
 */
public record SourceDocument(String titleHint, List<SourceBlock> blocks, int pageCount, List<String> notes) {
    public SourceDocument {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        notes = List.copyOf(notes == null ? List.of() : notes);
    }
}
