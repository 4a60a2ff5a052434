package org.crosswalk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding and marking search terms in an item's text. */
class TermMatcherTest {
    private final TermMatcher text = new TermMatcher(
            "All smokers admitted to hospital will be offered NHS-funded smoking cessation and vaccinations.");

    @Test
    void wordsMeetTheirInflectionsAndPhrasesMustBeConsecutive() {
        assertTrue(text.contains("smoker"));
        assertTrue(text.contains("smoking cessation"));
        assertTrue(text.contains("vaccination"));
        assertTrue(text.contains("vaccine"));
        assertFalse(text.contains("cessation smoking"));
        assertFalse(text.contains("hospital smoking"));
        assertFalse(text.contains("tobacco"));
    }

    @Test
    void matchedWordsAreMarkedAsWrittenAndListedOnce() {
        assertEquals("All \u0002smokers\u0003 admitted to hospital will be offered NHS-funded \u0002smoking\u0003 "
                + "\u0002cessation\u0003 and vaccinations.", text.marked(List.of("smokers", "smoking cessation")));
        assertEquals(List.of("smokers", "smoking", "cessation"), text.words(Set.of("smokers", "smoking cessation")));
    }

    @Test
    void aSummaryLineIsRecognisedInTheFullerParagraph() {
        TermMatcher summary = new TermMatcher("All smokers admitted to hospital offered smoking cessation");
        assertTrue(summary.repeatedIn(text));
        assertFalse(text.repeatedIn(summary));
        assertFalse(new TermMatcher("Air pollution from the NHS fleet will be cut").repeatedIn(text));
    }

    @Test
    void endingsThatMakeANounOfAVerbStillMatch() {
        assertTrue(TermMatcher.sameWord("prevent", "prevention"));
        assertTrue(TermMatcher.sameWord(Thesaurus.stem("immunise"), "immunisation"));
        assertFalse(TermMatcher.sameWord("health", "healthy"));
        assertFalse(TermMatcher.sameWord("child", "childhood"));
    }
}
