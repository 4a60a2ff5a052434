package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What every export writes for text XML cannot hold. */
class ExportTextTest {
    @Test
    void wordsManualLineBreakAndAFormFeedBecomeLineBreaks() {
        assertEquals("first line\nsecond\npage two", ExportText.clean("first line\u000Bsecond\fpage two"));
    }

    @Test
    void otherControlCharactersLoneSurrogatesAndNonCharactersAreDropped() {
        assertEquals("NUL bell escape lone  halves end",
                ExportText.clean("NUL\u0000 bell\u0007 escape\u001B lone \uD83D halves\uDE00 end\uFFFE\uFFFF"));
    }

    @Test
    void everythingElseIsKeptAsItIs() {
        String text = "Tab\tCR\r\nLF\n ŵ صحت 👩🏽‍⚕️ 𝔘 e\u0301 \u2028 £";
        assertSame(text, ExportText.clean(text));
        assertEquals("", ExportText.clean(null));
    }
}
