package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.PlanItem;
import org.crosswalk.ui.planbrowser.PlanBrowserViewModel;
import org.crosswalk.ui.planbrowser.PlanBrowserViewModel.Level;
import org.crosswalk.ui.planbrowser.PlanBrowserViewModel.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching the plan browser over the sample workspace's real full-text index. */
class PlanBrowserSearchTest {
    @TempDir
    Path folder;
    private UiTestBench bench;
    private PlanBrowserViewModel browser;

    @BeforeEach
    void openSample() {
        bench = new UiTestBench(folder).withSample();
        browser = new PlanBrowserViewModel(bench.session);
    }

    @Test
    void typedWordsFindStemmedMatchesBestFirstWithTheWordsToHighlight() {
        browser.filterProperty().set("smokers");
        List<PlanItem> found = List.copyOf(browser.items());
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(i -> i.text().toLowerCase().contains("smok")), found.toString());
        assertTrue(browser.matchedWords(found.get(0).id()).stream().anyMatch(w -> w.toLowerCase().startsWith("smok")),
                "the matched word comes back for bold type: " + browser.matchedWords(found.get(0).id()));
        assertTrue(browser.resultSummaryProperty().get().contains("“smokers”"), browser.resultSummaryProperty().get());
    }

    @Test
    void aParagraphNumberComesFirst() {
        browser.filterProperty().set("2.18");
        assertEquals("2.18", browser.items().get(0).number());
    }

    @Test
    void theOutlineScopeLimitsTheSearchAndClearingShowsEverythingInScopeAgain() {
        Chapter chapter = bench.session.content().chapters().stream().filter(c -> "3".equals(c.number()))
                .findFirst().orElseThrow();
        browser.scopeProperty().set(new Scope(Level.CHAPTER, chapter.id()));
        browser.filterProperty().set("health");
        assertFalse(browser.items().isEmpty());
        assertTrue(browser.items().stream().allMatch(i -> i.chapterId().equals(chapter.id())));
        browser.filterProperty().set("");
        assertEquals(bench.session.content().items().stream().filter(i -> i.chapterId().equals(chapter.id())).count(),
                browser.items().size());
        assertEquals("", browser.resultSummaryProperty().get());
    }

    @Test
    void anythingTypedIsSafeAndNothingFoundIsSaid() {
        for (String typed : List.of("\"", "(", "AND OR", "*", "NEAR(", "x-y", "o'clock", "zzzzqqq")) {
            browser.filterProperty().set(typed);
        }
        assertTrue(browser.items().isEmpty());
        assertEquals("Nothing matches “zzzzqqq”.", browser.resultSummaryProperty().get());
        assertTrue(bench.dialogs.shown.isEmpty(), "no message for odd input: " + bench.dialogs.shown);
    }
}
