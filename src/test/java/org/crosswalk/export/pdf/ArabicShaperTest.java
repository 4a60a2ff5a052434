package org.crosswalk.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Letters in their isolated, initial, medial and final forms, as a reader of Urdu expects them joined. */
class ArabicShaperTest {

    @Test
    void aLetterAloneIsIsolatedAndJoinedLettersTakeInitialMedialAndFinalForms() {
        assertEquals("\uFE8F", ArabicShaper.shape("ب"));
        assertEquals("\uFE91\uFE90", ArabicShaper.shape("بب"));
        assertEquals("\uFE91\uFE92\uFE90", ArabicShaper.shape("ببب"));
        // Words stop the joining at spaces.
        assertEquals("\uFE91\uFE90 \uFE91\uFE90", ArabicShaper.shape("بب بب"));
    }

    @Test
    void lamFollowedByAlefBecomesTheLigature() {
        assertEquals("\uFEFB", ArabicShaper.shape("لا"));
        assertEquals("\uFE91\uFEFC", ArabicShaper.shape("بلا"), "joined to the letter before: final form");
        assertEquals("\uFEF9", ArabicShaper.shape("لإ"), "alef with hamza below");
        assertEquals("\uFEF5", ArabicShaper.shape("لآ"), "alef with madda");
    }

    @Test
    void lettersThatJoinOnlyToTheLetterBeforeBreakTheWord() {
        // Alef, dal, reh and waw join to the letter before them, never to the one after.
        assertEquals("\uFE8D\uFEAD\uFEED", ArabicShaper.shape("ارو"));
        assertEquals("\uFEA9\uFE8F", ArabicShaper.shape("دب"));
        assertEquals("\uFE91\uFEAA", ArabicShaper.shape("بد"));
        // "پاکستان": peh joins alef; kaf starts again after alef; the last noon stands alone after alef.
        assertEquals("\uFB58\uFE8E\uFB90\uFEB4\uFE98\uFE8E\uFEE5", ArabicShaper.shape("پاکستان"));
    }

    @Test
    void urduLettersHaveTheirOwnForms() {
        assertEquals("\uFB66 \uFB88 \uFB8C \uFB9E \uFBAA \uFBA6 \uFBFC \uFBAE \uFB8E \uFB92 \uFB56 \uFB7A \uFB8A",
                ArabicShaper.shape("ٹ ڈ ڑ ں ھ ہ ی ے ک گ پ چ ژ"));
        // "کی": kaf initial, farsi yeh final. "عامہ": ain initial, alef final, meem initial, heh goal final.
        assertEquals("\uFB90\uFBFD", ArabicShaper.shape("کی"));
        assertEquals("\uFECB\uFE8E\uFEE3\uFBA7", ArabicShaper.shape("عامہ"));
        // Noon ghunna has no initial form in Unicode: before a letter it stays isolated, and so does that letter's join.
        assertEquals("\uFB9E\uFE8F", ArabicShaper.shape("ںب"));
    }

    @Test
    void vowelMarksDoNotBreakTheJoining() {
        assertEquals("\uFE91\u064E\uFE90", ArabicShaper.shape("بَب"));
    }

    @Test
    void digitsAndLatinBreakTheJoiningAndAreLeftAlone() {
        assertEquals("\uFE8F1\uFE8F", ArabicShaper.shape("ب1ب"));
        assertEquals("\uFE8F HIB 2019 \uFE91\uFE90", ArabicShaper.shape("ب HIB 2019 بب"));
        String english = "Smoking and alcohol";
        assertSame(english, ArabicShaper.shape(english), "nothing to do, nothing copied");
    }

    @Test
    void theJoinerJoinsAndTheNonJoinerSeparates() {
        assertEquals("\uFE91\u200D", ArabicShaper.shape("ب\u200D"));
        assertEquals("\uFE8F\u200C\uFE8F", ArabicShaper.shape("ب\u200Cب"));
    }

    @Test
    void unshapingGivesBackTheLetters() {
        String urdu = "صحت عامہ کی ترجیحات لا";
        assertEquals(urdu, ArabicShaper.unshape(ArabicShaper.shape(urdu)));
    }
}
