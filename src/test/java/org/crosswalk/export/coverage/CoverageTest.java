package org.crosswalk.export.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.export.ExportFixtures;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage of the sample (seed 001's table against the NHS Long Term Plan). */
class CoverageTest {
    @TempDir
    static Path dir;
    static WorkspaceContent content;
    static Coverage coverage;

    @BeforeAll
    static void sample() throws Exception {
        content = ExportFixtures.sampleContent(dir);
        coverage = Coverage.of(content);
    }

    @Test
    void everyPriorityIsCountedOnceAsBackedNoMentionOrNotMapped() {
        Coverage.Totals totals = coverage.totals();
        assertEquals(content.priorities().size(), totals.priorities());
        assertEquals(content.priorities().stream().filter(p -> !content.linksOf(p.id()).isEmpty()).count(),
                totals.backed());
        assertEquals(content.links().size(), totals.links());
        assertTrue(totals.backed() > 0 && totals.noMention() > 0, totals.toString());
        assertEquals(totals.priorities(), coverage.themes().stream().mapToInt(Coverage.ThemeCoverage::priorities).sum());
    }

    @Test
    void aPriorityTheBoardSaysThePlanDoesNotMentionIsListedUnderItsTheme() {
        Priority activity = priority("Reduce Physical Inactivity / Promote Physical Activity");
        Coverage.ThemeCoverage theme = coverage.themes().stream()
                .filter(t -> t.theme().id().equals(activity.themeId())).findFirst().orElseThrow();
        assertTrue(theme.noMention().contains(activity));
        assertFalse(theme.backed().contains(activity));
    }

    @Test
    void theHeatMapCellsHoldEveryLinkIntoThePlanOnceUnderItsChapter() {
        PlanCoverage ltp = coverage.mostLinkedPlan().orElseThrow();
        assertEquals("NHS LTP", ltp.plan().label());
        int inCells = 0;
        for (Priority priority : content.priorities()) {
            for (Chapter chapter : ltp.chapters()) {
                for (Link link : ltp.links(priority.id(), chapter.id())) {
                    PlanItem item = content.item(link.planItemId()).orElseThrow();
                    assertEquals(chapter.id(), item.chapterId());
                    assertEquals(priority.id(), link.priorityId());
                    inCells++;
                }
            }
        }
        assertEquals(ltp.linkCount(), inCells);
        assertEquals(content.links().size(), ltp.linkCount(), "the sample links only to the Long Term Plan");
        assertTrue(ltp.busiestPriorityCell() >= 1);
    }

    @Test
    void aThemeCellGathersItsPrioritiesLinksInTheirOrder() {
        PlanCoverage ltp = coverage.mostLinkedPlan().orElseThrow();
        for (Theme theme : content.themes()) {
            for (Chapter chapter : ltp.chapters()) {
                List<Link> expected = content.prioritiesOf(theme.id()).stream()
                        .flatMap(p -> ltp.links(p.id(), chapter.id()).stream()).toList();
                assertEquals(expected, ltp.themeLinks(theme.id(), chapter.id()));
            }
        }
        assertTrue(ltp.busiestThemeCell() >= ltp.busiestPriorityCell());
    }

    @Test
    void unaddressedPartsAreExactlyThoseWithNoLinkedParagraph() {
        PlanCoverage ltp = coverage.mostLinkedPlan().orElseThrow();
        Set<UUID> linkedItems = content.links().stream().map(Link::planItemId).collect(Collectors.toSet());
        Set<UUID> gapChapters = ltp.unaddressed().stream().filter(PlanCoverage.Gap::wholeChapter)
                .map(g -> g.chapter().id()).collect(Collectors.toSet());
        for (Chapter chapter : ltp.chapters()) {
            boolean linked = content.items().stream()
                    .anyMatch(i -> i.chapterId().equals(chapter.id()) && linkedItems.contains(i.id()));
            assertEquals(!linked, gapChapters.contains(chapter.id()), chapter.heading());
        }
        ltp.unaddressed().stream().filter(g -> !g.wholeChapter()).forEach(gap -> assertTrue(
                content.sectionItems(gap.section().id()).stream().noneMatch(i -> linkedItems.contains(i.id())),
                gap.section().title()));
        assertFalse(ltp.unaddressed().isEmpty(), "the sample leaves parts of the plan unaddressed");
    }

    private static Priority priority(String title) {
        return content.priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }
}
