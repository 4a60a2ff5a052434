package org.crosswalk.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions over the sample's built-in plan, for wording the sample does not use. */
class SuggesterTest {
    @TempDir
    Path dir;

    @Test
    void aPriorityInAnOfficersWordsFindsThePlanParagraphsThroughTheThesaurusWithReasons() throws Exception {
        WorkspaceFiles files = new WorkspaceFiles(() -> "Tester", Clock.systemUTC());
        try (Workspace workspace = new SampleWorkspace(new PlanCatalogue()).create(files,
                dir.resolve(SampleWorkspace.FILE_NAME))) {
            WorkspaceContent content = workspace.load();
            UUID p29 = content.items().stream().filter(i -> "2.9".equals(i.number())).map(PlanItem::id)
                    .findFirst().orElseThrow();
            Suggester suggester = new Suggester(workspace, Thesaurus.builtIn());
            List<Suggester.Suggestion> found = suggester.suggest(
                    new Suggester.PriorityText("Help residents quit cigarettes", List.of(), ""), Set.of(), 10);
            Suggester.Suggestion hit = found.stream().filter(s -> s.itemId().equals(p29)).findFirst()
                    .orElseThrow(() -> new AssertionError("2.9 not in " + found));
            assertTrue(hit.reasons().stream().anyMatch(r -> r.contains("thesaurus")), hit.reasons().toString());
            assertFalse(hit.matched().isEmpty());

            List<Suggester.Suggestion> without = suggester.suggest(
                    new Suggester.PriorityText("Help residents quit cigarettes", List.of(), ""), Set.of(p29), 10);
            assertTrue(without.stream().noneMatch(s -> s.itemId().equals(p29)), "linked items are left out");
        }
    }
}
