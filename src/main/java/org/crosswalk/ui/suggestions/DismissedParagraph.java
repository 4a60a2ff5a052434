package org.crosswalk.ui.suggestions;

import java.util.UUID;
import org.crosswalk.store.edit.SuggestionEdits.Proposal;

/** A plan item dismissed for a priority: "2.10", and its first words, to suggest again if wanted. */
public record DismissedParagraph(UUID priorityId, UUID itemId, String reference, String firstWords) {

    public Proposal proposal() {
        return new Proposal(priorityId, itemId);
    }
}
