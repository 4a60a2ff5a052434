package org.crosswalk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan item found by {@link PlanSearch}. {@code score} is SQLite's BM25 relevance with its sign
 * turned round, so higher is better (hits come best first, an exact paragraph-number match before
 * all others whatever its score). {@code snippet} is the item's text, or the part of it around the
 * matches (cut ends marked "…"), with each matching word between {@link #MATCH_START} and
 * {@link #MATCH_END}; {@link #segments()} splits it for display.
 */
public record SearchHit(UUID itemId, UUID planId, UUID chapterId, String number, double score, String snippet) {
    /** Marks the start of a matching word in {@link #snippet}: U+0002, START OF TEXT. */
    public static final char MATCH_START = '\u0002';
    /** Marks the end of a matching word in {@link #snippet}: U+0003, END OF TEXT. */
    public static final char MATCH_END = '\u0003';

    public SearchHit {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(chapterId, "chapterId");
        snippet = snippet == null ? "" : snippet;
    }

    /** A run of the snippet's text, matching (shown in bold) or not. */
    public record Segment(String text, boolean match) {
    }

    /** The snippet as runs of plain and matching text, markers removed, in order. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == MATCH_START || c == MATCH_END) {
                if (run.length() > 0) {
                    segments.add(new Segment(run.toString(), match));
                    run.setLength(0);
                }
                match = c == MATCH_START;
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            segments.add(new Segment(run.toString(), match));
        }
        return segments;
    }

    /** The snippet without markers. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(MATCH_START), "").replace(String.valueOf(MATCH_END), "");
    }

    /** The matching words of the snippet, as they are written there. */
    public List<String> matches() {
        return segments().stream().filter(Segment::match).map(Segment::text).toList();
    }
}
