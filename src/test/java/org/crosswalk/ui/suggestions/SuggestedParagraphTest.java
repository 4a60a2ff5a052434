package org.crosswalk.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a suggestion's reasons and score are put into words. */
class SuggestedParagraphTest {
    @Test
    void reasonsLoseTheirQuotesAndWordsFoundTheSameWayGoTogether() {
        assertEquals("Matched: smoke-free, smoke (thesaurus: smoking ~ smoke-free); smoking (your wording)",
                SuggestedParagraph.reasons(List.of("“smoke-free” (thesaurus: “smoking” ~ “smoke-free”)",
                        "“smoke” (thesaurus: “smoking” ~ “smoke-free”)", "“smoking” (your wording)",
                        "“Smoking” (your wording)")));
    }

    @Test
    void aReasonOfAnotherShapeIsShownAsItIs() {
        assertEquals("Matched: tobacco, in the title", SuggestedParagraph.reasons(List.of("tobacco", "in the title")));
    }

    @Test
    void noMatchedWordsInTheTextMeansTheHeadingMatched() {
        assertEquals("Matched words are in the section heading.", SuggestedParagraph.reasons(List.of()));
    }

    @Test
    void longTextsAreNamedByTheirFirstEightWords() {
        assertEquals("By 2023/24, all smokers admitted to hospital will…",
                SuggestedParagraph.firstWords("By 2023/24, all smokers admitted to hospital will be offered help"));
        assertEquals("Short text.", SuggestedParagraph.firstWords("Short text."));
    }

    @Test
    void scoresInWords() {
        assertEquals(MatchStrength.STRONG, MatchStrength.of(MatchStrength.STRONG_FROM));
        assertEquals(MatchStrength.GOOD, MatchStrength.of(MatchStrength.STRONG_FROM - 0.1));
        assertEquals(MatchStrength.WEAK, MatchStrength.of(MatchStrength.GOOD_FROM - 0.1));
        assertEquals("13.6", MatchStrength.number(13.61));
        assertEquals("4.9", MatchStrength.number(4.99), "a weak score never shows as where good begins");
    }
}
