package org.crosswalk.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.crosswalk.model.PlanItem;
import org.crosswalk.search.SearchBench.PlanBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching plan items as a person types, in a real workspace file. */
class PlanSearchTest {
    private static final String LONG_MENTION = "Long term conditions will be managed closer to home, with "
            + "community teams, pharmacists, practice nurses, dieticians and physiotherapists working together "
            + "across every primary care network so that people with diabetes, heart disease, lung disease, "
            + "obesity, arthritis or depression get joined-up care and fewer hospital visits.";

    @TempDir
    Path dir;

    private SearchBench bench;
    private final PlanBuilder regional = new PlanBuilder("Regional Health Plan", "RHP")
            .chapter("1", "Staying well")
            .section("Smoking")
            .item("1.1", "Every smoker admitted to hospital will be offered treatment to quit.")
            .item("1.2", "Preventing ill health is better than treating it, and prevention saves lives.")
            .section("Obesity")
            .item("1.3", "Families will get more support, and obesity services will grow.")
            .item("1.5", "Healthy weight programmes will reach more families.")
            .section("Children")
            .item("1.4", "Children's services will offer free swimming lessons.")
            .chapter("2", "Access")
            .section("Waiting times")
            .item("2.1", "Waiting lists will be cut by a long-term programme of investment.")
            .item("2.10", "Community diagnostic centres will open in every area.")
            .item("2.11", "The programme in paragraph 2.1 will be reviewed each year.")
            .item("2.2", LONG_MENTION)
            .item("2.3", "A café in every hospital will sell healthy food.")
            .item(null, "This chapter is about getting care when you need it.");

    @BeforeEach
    void workspace() throws Exception {
        bench = SearchBench.empty(dir);
        bench.add(regional);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void wordsMatchWhateverTheirEnding() throws Exception {
        // Stemmed: "preventing", "prevention" and "prevented" are one word.
        assertEquals(List.of("1.2"), bench.found("prevented"));
        assertEquals(List.of("1.1"), bench.found("smokers treatments"));
        assertEquals(List.of("1.1"), bench.found("TREATMENT Smoker"), "case does not matter");
    }

    @Test
    void everyWordMustMatchInAnyOrder() throws Exception {
        assertEquals(List.of("2.1"), bench.found("investment waiting"));
        assertEquals(List.of(), bench.found("investment swimming"));
    }

    @Test
    void theLastWordMatchesAsItIsTyped() throws Exception {
        assertEquals(List.of("1.3"), bench.found("obesity serv"));
        assertEquals(List.of("1.3"), bench.found("obesity se"), "after another word, from the second letter");
        assertEquals(List.of("1.4"), bench.found("swim"));
        assertEquals(List.of("2.10"), bench.found("diag"));
        // A space after it: the word is finished.
        assertEquals(List.of(), bench.found("diag "));
        assertEquals(List.of("2.10"), bench.found("diagnostic "));
    }

    @Test
    void aWordTypedBeyondItsStemIsStillFound() throws Exception {
        // From the third letter on, every step of typing "prevention" finds paragraph 1.2, although
        // the index holds "prevent" for "prevention", of which "preventi" is no prefix.
        for (String typed : List.of("pre", "prev", "preve", "preven", "prevent", "preventi", "preventio",
                "prevention")) {
            List<String> found = bench.found(typed);
            assertTrue(found.contains("1.2"), typed + " → " + found);
        }
        SearchHit hit = bench.search("preventi").get(0);
        assertEquals(List.of("Preventing", "prevention"), hit.matches());
        // One or two letters alone match only words that short (most of every plan would start so).
        assertEquals(List.of(), bench.found("p"));
        assertEquals(List.of(), bench.found("pr"));
        assertEquals(List.of(), bench.found("ob"));
        assertEquals(List.of("1.3", "1.5", "2.2"), bench.found("obe"));
    }

    @Test
    void aParagraphNumberFindsThatParagraphFirst() throws Exception {
        for (String typed : List.of("2.1", "2.1.", "para 2.1", "Paragraph 2.1", "§2.1", " 2.1 ")) {
            List<String> found = bench.found(typed);
            assertEquals("2.1", found.get(0), typed + " → " + found);
            assertTrue(found.contains("2.11"), "a paragraph that mentions 2.1: " + typed + " → " + found);
        }
        // While typing "2.1", paragraphs 2.10 and 2.11 are on the way; "2.1." is the whole number.
        assertTrue(bench.found("2.1").contains("2.10"), bench.found("2.1").toString());
        assertFalse(bench.found("2.1.").contains("2.10"), bench.found("2.1.").toString());
        assertEquals("2.10", bench.found("2.10").get(0));
    }

    @Test
    void whateverIsTypedItIsNeverASyntaxError() throws Exception {
        List<String> typed = List.of("\"", "\"\"", "\"smoker", "smoker\"", "(", ")", "(obesity", "obesity)",
                "AND", "OR", "NOT", "obesity AND", "OR obesity", "NOT obesity", "NEAR(obesity", "NEAR/2", "*", "**",
                "obes*", "-", "--", "-obesity", "obesity -", "^obesity", "obesity:", "text:obesity", "number:2.1",
                "{text}: obesity", "+", "'", "it's", "children's", "children’s", "long-term", "long–term", "\\",
                "%", "_", ";", "';DROP TABLE plan_item;--", "\u0000", "\u0002obesity\u0003", "\ud800", "😀",
                "obesity 😀", "2.1.1.1.1", "...", "2..1", "£4.5bn", "1/2", "é", "\t\n", ",");
        for (String text : typed) {
            assertDoesNotThrow(() -> bench.search(text), text);
        }
        assertEquals(List.of("1.3"), bench.found("\"obesity\" (services)"));
        assertEquals(List.of("1.3"), bench.found("obesity AND services"), "AND is a word, and in the text");
        assertEquals(List.of("1.4"), bench.found("children's"));
        assertEquals(List.of("1.4"), bench.found("children’s"));
        assertEquals(List.of("2.1", "2.2"), bench.found("long-term").stream().sorted().toList());
        assertEquals(List.of("2.1", "2.2"), bench.found("long term").stream().sorted().toList());
        assertEquals(List.of(), bench.found("text:obesity"), "no column filter: one word “text obesity”");
        assertEquals(List.of("1.3"), bench.found("obesity -serv"));
        assertEquals(List.of(), bench.found("*"));
        assertEquals(List.of(), bench.found("   "));
        assertEquals(List.of(), bench.found(""));
    }

    @Test
    void randomTypingNeverFails() throws Exception {
        String alphabet = "ab obesity\"'()*-:^{}[]+.,;ANDORNEAR0123456789é’ \t";
        Random random = new Random(4);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(24); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertDoesNotThrow(() -> bench.search(text.toString()), text.toString());
        }
    }

    @Test
    void aMatchInTheHeadingWeighsMoreThanAPassingMention() throws Exception {
        List<String> found = bench.found("obesity");
        assertEquals("1.3", found.get(0), "heading and text");
        // Under the heading “Obesity” (and not mentioning it) before a passing mention in a long paragraph.
        assertEquals(List.of("1.3", "1.5", "2.2"), found);
        // A word of the chapter title finds the chapter's items.
        assertTrue(bench.found("access").containsAll(List.of("2.1", "2.10", "2.11", "2.2", "2.3")));
    }

    @Test
    void accentsAreIgnored() throws Exception {
        assertEquals(List.of("2.3"), bench.found("cafe"));
        assertEquals(List.of("2.3"), bench.found("CAFÉ"));
        assertEquals(List.of("2.3"), bench.found("café healthy"));
    }

    @Test
    void snippetsMarkTheMatchingWords() throws Exception {
        SearchHit hit = bench.search("free swimming").get(0);
        assertEquals("Children's services will offer \u0002free\u0003 \u0002swimming\u0003 lessons.", hit.snippet());
        assertEquals("Children's services will offer free swimming lessons.", hit.plainSnippet());
        assertEquals(List.of(new SearchHit.Segment("Children's services will offer ", false),
                new SearchHit.Segment("free", true), new SearchHit.Segment(" ", false),
                new SearchHit.Segment("swimming", true), new SearchHit.Segment(" lessons.", false)), hit.segments());
        assertEquals(regional.plan.id(), hit.planId());
        assertTrue(hit.score() > 0);

        // A long paragraph is cut around the match.
        SearchHit arthritis = bench.search("arthritis").get(0);
        assertTrue(arthritis.snippet().contains("\u0002arthritis\u0003"), arthritis.snippet());
        assertTrue(arthritis.plainSnippet().length() < LONG_MENTION.length(), arthritis.snippet());
        assertTrue(arthritis.snippet().endsWith("…"), arthritis.snippet());
    }

    @Test
    void hitsComeBestFirstUpToTheLimit() throws Exception {
        List<SearchHit> all = bench.search.search(SearchQuery.of("will"));
        assertEquals(9, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).score() >= all.get(i).score(), all.toString());
        }
        assertEquals(all.subList(0, 3), bench.search.search(SearchQuery.of("will").withLimit(3)));
    }

    @Test
    void searchInOnePlanOrOneChapter() throws Exception {
        PlanBuilder other = new PlanBuilder("Other Plan", "OP").chapter("1", "Everything")
                .item("1.1", "Obesity services will be planned nationally.");
        bench.add(other);
        List<SearchHit> everywhere = bench.search("obesity");
        assertEquals(java.util.Set.of(regional.plan.id(), other.plan.id()),
                everywhere.stream().map(SearchHit::planId).collect(java.util.stream.Collectors.toSet()));
        assertEquals(4, everywhere.size());
        assertEquals(List.of("1.1"), bench.names(bench.search.search(SearchQuery.of("obesity")
                .inPlan(other.plan.id()))));
        assertEquals(3, bench.search.search(SearchQuery.of("obesity").inPlan(regional.plan.id())).size());
        PlanItem p22 = regional.content().items().stream().filter(i -> "2.2".equals(i.number())).findFirst()
                .orElseThrow();
        assertEquals(List.of("2.2"), bench.names(bench.search.search(SearchQuery.of("obesity")
                .inChapter(p22.chapterId()))));
        assertEquals(List.of(), bench.search.search(SearchQuery.of("obesity").inPlan(other.plan.id())
                .inChapter(p22.chapterId())));
        assertEquals("2.1", bench.names(bench.search.search(SearchQuery.of("2.1").inPlan(regional.plan.id())))
                .get(0));
        assertEquals(List.of("1.1"), bench.names(bench.search.search(SearchQuery.of("1.1").inPlan(other.plan.id())))
                .subList(0, 1));
    }
}
