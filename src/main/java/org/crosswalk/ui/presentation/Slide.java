package org.crosswalk.ui.presentation;

import java.util.List;
import java.util.UUID;

/**
 * What presentation mode shows for one priority: where it sits ("Priority 3 of 18"), its wording,
 * sub-items, the plan paragraphs it is linked to, or the board's "no mention" statement.
 *
 * @param noMention the board's statement, or "" when none is made
 */
record Slide(UUID priorityId, UUID themeId, String theme, int number, int count, String title,
             List<String> subItems, List<LinkedParagraph> links, String noMention, String note, String lead) {

    /** Shown when the workspace has no priorities yet. */
    static final Slide NONE = new Slide(null, null, "", 0, 0, "", List.of(), List.of(), "", "", "");

    Slide {
        subItems = List.copyOf(subItems);
        links = List.copyOf(links);
    }

    boolean isEmpty() {
        return priorityId == null;
    }

    /** "Priority 3 of 18", or "" when there is none. */
    String position() {
        return isEmpty() ? "" : "Priority " + number + " of " + count;
    }

    /**
     * A linked plan paragraph as the paper prints it.
     *
     * @param reference "2.18", or what an unnumbered item is ("Key commitment")
     * @param quote     the excerpt chosen for the link, or the whole paragraph
     * @param citation  "(NHS LTP p. 37)"
     */
    record LinkedParagraph(String reference, String quote, String citation, String note) {
    }
}
