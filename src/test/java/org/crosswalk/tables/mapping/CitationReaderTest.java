package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "national plan" cell as boards type it (seed 001, section 3) and as they abbreviate it. */
class CitationReaderTest {

    @Test
    void twoQuotedParagraphsInOneCellSplitAfterEachCitation() {
        CellCitations cell = CitationReader.read("2.18. The NHS will continue to take action on healthy NHS premises. "
                + "(NHS LTP p. 37) 2.19. Nutrition training, and an understanding of what is involved in achieving "
                + "and maintaining a healthy weight,\nvaries between medical schools. (NHS LTP p. 37)");
        assertEquals(2, cell.passages().size());
        CitedPassage first = cell.passages().get(0);
        assertEquals(List.of("2.18"), first.numbers());
        assertEquals(37, first.page());
        assertEquals("NHS LTP", first.planLabel());
        assertEquals("The NHS will continue to take action on healthy NHS premises.", first.quote());
        CitedPassage second = cell.passages().get(1);
        assertEquals(List.of("2.19"), second.numbers());
        assertTrue(second.quote().endsWith("healthy weight, varies between medical schools."), second.quote());
    }

    @Test
    void aQuoteBrokenOverParagraphsStaysOnePassageUntilTheNextNumber() {
        CellCitations cell = CitationReader.read("2.10. Second, the model will also be adapted for expectant\n\n"
                + "mothers, and their partners.\n2.11. Third, a new universal offer. (NHS LTP p. 35)");
        assertEquals(List.of("2.10"), cell.passages().get(0).numbers());
        assertEquals("Second, the model will also be adapted for expectant mothers, and their partners.",
                cell.passages().get(0).quote());
        assertNull(cell.passages().get(0).page());
        assertEquals(35, cell.passages().get(1).page());
    }

    @Test
    void bulletsNumbersWithoutStopsAndUnnumberedQuotes() {
        CellCitations cell = CitationReader.read("• 3.43 We will prioritise improvements. (NHS LTP p. 54)\n"
                + "• The NHS will therefore provide a targeted support offer (LTP, p.37)\n"
                + "• “Remove specific impediments” p. 113");
        assertEquals(3, cell.passages().size());
        assertEquals(List.of("3.43"), cell.passages().get(0).numbers());
        assertEquals(List.of(), cell.passages().get(1).numbers());
        assertEquals("The NHS will therefore provide a targeted support offer", cell.passages().get(1).quote());
        assertEquals("LTP", cell.passages().get(1).planLabel());
        assertEquals(37, cell.passages().get(1).page());
        assertEquals("Remove specific impediments", cell.passages().get(2).quote());
        assertEquals(113, cell.passages().get(2).page());
    }

    @Test
    void referencesAndRanges() {
        assertEquals(List.of("3.53", "3.54", "3.55"),
                CitationReader.read("paragraphs 3.53–3.55").passages().get(0).numbers());
        assertEquals(List.of("2.18"), CitationReader.read("para 2.18").passages().get(0).numbers());
        assertEquals(List.of("2.18", "2.19"), CitationReader.read("2.18, 2.19 (NHS LTP p. 37)").passages().get(0)
                .numbers());
        CitedPassage bare = CitationReader.read("2.18").passages().get(0);
        assertEquals("", bare.quote());
        assertNull(bare.page());
    }

    @Test
    void noMentionWordingIsKeptAsWritten() {
        assertEquals("No specific mention in the Long Term Plan.",
                CitationReader.read("No specific mention in the Long Term Plan.").noMention());
        assertEquals("Not mentioned", CitationReader.read("• Not mentioned").noMention());
        assertEquals("No mention in the long term plan", CitationReader.read("No mention in the long term plan")
                .noMention());
        assertTrue(CitationReader.read("No mention in the long term plan").passages().isEmpty());
        assertTrue(CitationReader.read("  ").isEmpty());
    }
}
