package org.crosswalk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding thesaurus entries in a priority's wording, whatever the inflection or word order. */
class ThesaurusTest {
    private final Thesaurus thesaurus = new Thesaurus(List.of(
            List.of("healthy eating", "nutrition", "diet"),
            List.of("immunisation", "vaccination", "vaccines"),
            List.of("smoking", "tobacco")));

    @Test
    void aPhraseIsFoundInAnyInflectionAndOrder() {
        List<Thesaurus.Match> found = thesaurus.matches("Enable residents to eat healthily");
        assertEquals(1, found.size());
        assertEquals("healthy eating", found.get(0).found());
        assertEquals(List.of("nutrition", "diet"), found.get(0).related());
    }

    @Test
    void singleWordsMeetTheirPluralsAndVerbs() {
        assertEquals("vaccination", thesaurus.matches("More vaccinations for children").get(0).found());
        assertEquals("smoking", thesaurus.matches("Fewer people who smoke").get(0).found());
    }

    @Test
    void wordsOfAPhraseFarApartAreNotThePhrase() {
        assertTrue(thesaurus.matches("Healthy places where people enjoy eating out").isEmpty());
    }

    @Test
    void stemsAreRoughButKeepShortWordsAndAbbreviations() {
        assertEquals("healthy", Thesaurus.stem("healthily"));
        assertEquals("eat", Thesaurus.stem("eating"));
        assertEquals(Thesaurus.stem("vaccine"), Thesaurus.stem("vaccines"));
        assertEquals(Thesaurus.stem("smoke"), Thesaurus.stem("smoking"));
        assertEquals("cvd", Thesaurus.stem("cvd"));
        assertEquals("gas", Thesaurus.stem("gas"));
        assertFalse(Thesaurus.stem("business").endsWith("nes"));
    }

    @Test
    void theShippedListsLoad() {
        assertFalse(Thesaurus.builtIn().matches("Cut tobacco use").isEmpty());
        assertTrue(Thesaurus.ignoredWords().containsAll(List.of("the", "promote", "tackle")));
        assertFalse(Thesaurus.ignoredWords().contains("smoking"));
    }
}
