package org.crosswalk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.LinkEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafting links for every priority that has none, on the sample. */
class LinkDraftsTest {
    @TempDir
    Path dir;

    @Test
    void draftsOnlyForPrioritiesWithoutLinksOrDecisionLeavingOutDismissedItems() throws Exception {
        WorkspaceFiles files = new WorkspaceFiles(() -> "Tester", Clock.systemUTC());
        try (Workspace workspace = new SampleWorkspace(new PlanCatalogue()).create(files,
                dir.resolve(SampleWorkspace.FILE_NAME))) {
            Priority smoking = workspace.load().priorities().stream()
                    .filter(p -> p.title().equals("Reduce smoking prevalence")).findFirst().orElseThrow();
            List<Link> smokingLinks = workspace.load().linksOf(smoking.id());
            for (Link link : smokingLinks) {
                workspace.history().execute(LinkEdits.unlink(link.id()));
            }
            WorkspaceContent content = workspace.load();
            List<Priority> undecided = LinkDrafts.undecided(content);
            assertEquals(List.of(smoking), undecided, "the only priority with neither links nor 'no mention'");

            Suggester suggester = new Suggester(workspace, Thesaurus.builtIn());
            List<LinkDrafts.Draft> drafts = LinkDrafts.draft(content, suggester, Map.of(), 5);
            assertEquals(5, drafts.size());
            assertTrue(drafts.stream().allMatch(d -> d.priority().equals(smoking)));
            Set<UUID> drafted = new java.util.HashSet<>();
            drafts.forEach(d -> drafted.add(d.suggestion().itemId()));
            assertTrue(smokingLinks.stream().anyMatch(l -> drafted.contains(l.planItemId())),
                    "the hidden smoking paragraphs are proposed again");

            UUID best = drafts.get(0).suggestion().itemId();
            List<LinkDrafts.Draft> afterDismissal = LinkDrafts.draft(content, suggester,
                    Map.of(smoking.id(), Set.of(best)), 5);
            assertFalse(afterDismissal.stream().anyMatch(d -> d.suggestion().itemId().equals(best)));
            assertEquals(drafts.get(1).suggestion().itemId(), afterDismissal.get(0).suggestion().itemId());
        }
    }

    @Test
    void progressIsToldBeforeEachPriorityAndCanStopTheDrafting() throws Exception {
        WorkspaceFiles files = new WorkspaceFiles(() -> "Tester", Clock.systemUTC());
        try (Workspace workspace = new SampleWorkspace(new PlanCatalogue()).create(files,
                dir.resolve(SampleWorkspace.FILE_NAME))) {
            for (String title : List.of("Reduce smoking prevalence", "Immunisation")) {
                Priority priority = workspace.load().priorities().stream().filter(p -> p.title().equals(title))
                        .findFirst().orElseThrow();
                for (Link link : workspace.load().linksOf(priority.id())) {
                    workspace.history().execute(LinkEdits.unlink(link.id()));
                }
            }
            WorkspaceContent content = workspace.load();
            Suggester suggester = new Suggester(workspace, Thesaurus.builtIn());
            List<String> told = new java.util.ArrayList<>();
            List<LinkDrafts.Draft> all = LinkDrafts.draft(content, suggester, Map.of(), 2, (priority, index, total) -> {
                told.add(priority.title() + " " + (index + 1) + "/" + total);
                return true;
            });
            assertEquals(List.of("Reduce smoking prevalence 1/2", "Immunisation 2/2"), told);
            assertEquals(4, all.size());

            List<LinkDrafts.Draft> stopped = LinkDrafts.draft(content, suggester, Map.of(), 2,
                    (priority, index, total) -> index == 0);
            assertEquals(all.subList(0, 2), stopped, "what was drafted before stopping");
        }
    }
}
