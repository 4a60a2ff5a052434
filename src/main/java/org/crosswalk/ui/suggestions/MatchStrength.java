package org.crosswalk.ui.suggestions;

import java.util.Locale;

/**
 * A suggestion's score in words. Scores add up, over the priority's concepts a paragraph
 * contains, how rare the word found is (see search.Suggester), so they have no upper limit. The
 * bands were set on the top ten suggestions for the sample's priorities and 20 other boards'
 * wordings (docs/suggestions.md): of those scoring 8 or more about half are what a person linked,
 * of those from 5 to 8 about one in four, below 5 about one in six. Revisit them when the ranking
 * changes.
 */
public enum MatchStrength {
    STRONG("Strong", 3), GOOD("Good", 2), WEAK("Weak", 1);

    /** The lowest score called strong; also where "Check all scoring at least" starts. */
    public static final double STRONG_FROM = 8;
    /** The lowest score called good. */
    public static final double GOOD_FROM = 5;

    private final String label;
    private final int bars;

    MatchStrength(String label, int bars) {
        this.label = label;
        this.bars = bars;
    }

    public static MatchStrength of(double score) {
        return score >= STRONG_FROM ? STRONG : score >= GOOD_FROM ? GOOD : WEAK;
    }

    /** "Strong", "Good" or "Weak". */
    public String label() {
        return label;
    }

    /** How many of the meter's three bars are filled. */
    public int bars() {
        return bars;
    }

    /**
     * The score as shown beside the word: one decimal, rounded down, so a weak 4.96 does not show
     * as the 5.0 where good begins.
     */
    public static String number(double score) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(score * 10) / 10);
    }

    /** What a tooltip says about a score, for someone who has never heard of BM25. */
    public static String explain(double score) {
        MatchStrength strength = of(score);
        return "Score " + number(score) + ": a " + strength.label().toLowerCase(Locale.ROOT) + " match. "
                + "The score grows with every word of the priority (or a thesaurus relative) the paragraph "
                + "uses, rarer words counting more. " + number(STRONG_FROM) + " and above is strong, "
                + number(GOOD_FROM) + " to " + number(STRONG_FROM) + " good, below " + number(GOOD_FROM) + " weak.";
    }
}
