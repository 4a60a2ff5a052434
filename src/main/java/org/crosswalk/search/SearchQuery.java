package org.crosswalk.search;

import java.util.UUID;

/**
 * A search as a person asks it: the text they typed (anything at all: it is never read as query
 * syntax), optionally only in one plan or one chapter, and how many hits to return at most.
 */
public record SearchQuery(String text, UUID planId, UUID chapterId, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public SearchQuery {
        text = text == null ? "" : text;
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    /** {@code text} in every plan, at most {@link #DEFAULT_LIMIT} hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, DEFAULT_LIMIT);
    }

    public SearchQuery inPlan(UUID plan) {
        return new SearchQuery(text, plan, chapterId, limit);
    }

    public SearchQuery inChapter(UUID chapter) {
        return new SearchQuery(text, planId, chapter, limit);
    }

    public SearchQuery withLimit(int max) {
        return new SearchQuery(text, planId, chapterId, max);
    }
}
