package org.crosswalk.tables.mapping;

import java.util.List;

/**
 * What a "national plan" cell says: the passages it cites, or that the plan does not mention
 * the priority ({@code noMention}, the cell's own wording; null otherwise).
 */
public record CellCitations(List<CitedPassage> passages, String noMention) {
    public CellCitations {
        passages = List.copyOf(passages);
    }

    public boolean isEmpty() {
        return passages.isEmpty() && noMention == null;
    }
}
