package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    @Test
    void matchedWordsAndPhrasesAreMarkedWholeWordsOnlyWhateverTheirCase() {
        assertEquals(List.of(new Highlights.Run("Stop ", false), new Highlights.Run("Smoking", true),
                new Highlights.Run(" services; smokers ", false), new Highlights.Run("free", true),
                new Highlights.Run(".", false)),
                Highlights.runs("Stop Smoking services; smokers free.", List.of("smoking", "Free Smoking")));
    }

    @Test
    void withoutMatchesTheTextIsOneRun() {
        assertEquals(List.of(new Highlights.Run("Plain text.", false)), Highlights.runs("Plain text.", List.of()));
    }
}
