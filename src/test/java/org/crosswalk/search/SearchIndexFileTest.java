package org.crosswalk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.search.SearchBench.PlanBuilder;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.PlanEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index lives in the workspace file and follows it: edits, undo and redo, copies,
 * read-only opening, files upgraded from an earlier Crosswalk.
 */
class SearchIndexFileTest {
    @TempDir
    Path dir;

    @Test
    void theLongTermPlanSampleFindsParagraph218First() throws Exception {
        try (SearchBench bench = SearchBench.sample(dir)) {
            for (String typed : List.of("2.18", "2.18.", "paragraph 2.18")) {
                SearchHit first = bench.search(typed).get(0);
                assertEquals("2.18", first.number(), typed);
                assertTrue(first.plainSnippet().startsWith("The NHS will continue to take action on healthy NHS "
                        + "premises."), first.snippet());
            }
            List<String> sugar = bench.found("sugar-sweetened beverages");
            assertEquals("2.18", sugar.get(0), sugar.toString());
            assertTrue(bench.found("social prescribing link workers").contains("1.40"));
        }
    }

    @Test
    void editsUndoAndRedoAreSearchableAtOnce() throws Exception {
        try (SearchBench bench = SearchBench.empty(dir)) {
            PlanBuilder plan = new PlanBuilder("Regional Health Plan", "RHP").chapter("1", "Housing")
                    .item("1.1", "Damp and mould in rented homes will be tackled.");
            assertEquals(List.of(), bench.found("mould"));
            bench.add(plan);
            assertEquals(List.of("1.1"), bench.found("mould"));
            bench.workspace.history().undo();
            assertEquals(List.of(), bench.found("mould"));
            bench.workspace.history().redo();
            assertEquals(List.of("1.1"), bench.found("mould"));
            assertEquals(List.of("1.1"), bench.found("housing"), "the chapter title is searched too");
        }
    }

    @Test
    void aCopySavedAfterItemsWereRemovedStillFindsTheRightItems() throws Exception {
        Path file = dir.resolve("Original.crosswalk");
        PlanBuilder first = new PlanBuilder("First Plan", "FP").chapter("1", "One");
        for (int i = 1; i <= 30; i++) {
            first.item("1." + i, "Filler paragraph number " + i + " about nothing in particular.");
        }
        PlanBuilder second = new PlanBuilder("Second Plan", "SP").chapter("1", "Two")
                .item("1.1", "Hospices will get more funding.")
                .item("1.2", "Ambulances will reach strokes faster.");
        try (Workspace workspace = StoreFixtures.files(new TestClock()).create(file, "Board", "")) {
            workspace.history().execute(PlanEdits.addPlan(first.content()));
            workspace.history().execute(PlanEdits.addPlan(second.content()));
        }
        // Another tool removes the first plan: gaps before the second plan's rows.
        try (Connection raw = StoreFixtures.raw(file); Statement statement = raw.createStatement()) {
            statement.execute("DELETE FROM plan_item WHERE plan_id = '" + first.plan.id() + "'");
            statement.execute("DELETE FROM chapter WHERE plan_id = '" + first.plan.id() + "'");
            statement.execute("DELETE FROM plan WHERE id = '" + first.plan.id() + "'");
        }
        Path copy = dir.resolve("Copy.crosswalk");
        try (Workspace workspace = StoreFixtures.files(new TestClock()).open(file, false)) {
            workspace.saveCopyAs(copy);
        }
        try (Workspace workspace = StoreFixtures.files(new TestClock()).open(copy, true)) {
            WorkspaceContent content = workspace.load();
            PlanSearch search = new PlanSearch(workspace);
            for (PlanItem item : content.items()) {
                String word = item.text().split(" ")[0];
                SearchHit hit = search.search(SearchQuery.of(word + " ")).get(0);
                assertEquals(item.id(), hit.itemId(), word);
                assertEquals(item.text(), hit.plainSnippet(), word);
            }
            assertEquals(List.of(), search.search(SearchQuery.of("filler")));
        }
    }

    @Test
    void aReadOnlyWorkspaceCanBeSearched() throws Exception {
        Path file = StoreFixtures.closedSample(dir.resolve("Sample.crosswalk"));
        String before = StoreFixtures.sha256(file);
        try (Workspace workspace = StoreFixtures.files(new TestClock()).open(file, true)) {
            assertEquals("2.18", new PlanSearch(workspace).search(SearchQuery.of("2.18")).get(0).number());
        }
        assertEquals(before, StoreFixtures.sha256(file));
    }

    @Test
    void aSearchCannotChangeTheFile() throws Exception {
        try (SearchBench bench = SearchBench.sample(dir)) {
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> bench.workspace.read(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            return statement.executeUpdate("DELETE FROM plan_item_search");
                        }
                    }));
            assertTrue(refused.getMessage().contains("readonly"), refused.getMessage());
            assertEquals("2.18", bench.search("2.18").get(0).number());
            // Editing still works after a read.
            UUID board = bench.workspace.load().board().id();
            bench.workspace.history().execute(org.crosswalk.store.edit.OutlineEdits.addTheme(board, UUID.randomUUID(),
                    "Prevent"));
        }
    }

    @Test
    void aWorkspaceUpgradedFromSchemaTwoIsSearchable() throws Exception {
        Path file = dir.resolve("Old.crosswalk");
        StoreFixtures.sample(StoreFixtures.files(new TestClock(), "migrations/V001__workspace.sql",
                "migrations/V002__paper_settings.sql"), file).close();
        try (Workspace workspace = StoreFixtures.files(new TestClock()).open(file, false)) {
            PlanSearch search = new PlanSearch(workspace);
            assertEquals("2.18", search.search(SearchQuery.of("2.18")).get(0).number());
            assertTrue(search.search(SearchQuery.of("obesity")).size() > 3);
        }
    }
}
