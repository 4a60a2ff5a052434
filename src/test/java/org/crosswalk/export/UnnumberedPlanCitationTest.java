package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.plans.reading.ParsedPlans;
import org.crosswalk.plans.reading.PlanDetails;
import org.crosswalk.plans.reading.PlanStructure;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.SourceDocument;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.PlanEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan without paragraph numbers is cited by its heading and page; a numbered plan's unnumbered text by page. */
class UnnumberedPlanCitationTest {
    @TempDir
    Path dir;

    @Test
    void aCommitmentOfAnUnnumberedPlanIsCitedByItsHeadingAndPage() throws Exception {
        var parsed = PlanStructure.build(new SourceDocument("10 Year Health Plan", List.of(
                SourceBlock.heading(1, "From hospital to community", 3, 12),
                SourceBlock.heading(2, "Neighbourhood health", 3, 12),
                SourceBlock.listItem(1, "Every area will have a neighbourhood health centre.", 3, 12)), 10, List.of()));
        var plan = ParsedPlans.toContent(parsed, PlanDetails.of("Fit for the Future: 10 Year Health Plan", "10YHP"));
        WorkspaceFiles files = new WorkspaceFiles(() -> "Tester", Clock.systemUTC());
        WorkspaceContent content;
        try (Workspace workspace = new SampleWorkspace(new PlanCatalogue()).create(files,
                dir.resolve(SampleWorkspace.FILE_NAME))) {
            workspace.history().execute(PlanEdits.addPlan(plan));
            Priority first = workspace.load().priorities().get(0);
            workspace.history().execute(LinkEdits.link(first.id(), plan.items().get(0).id(), UUID.randomUUID()));
            content = workspace.load();
        }
        List<String> citations = PaperBuilder.build(content).themes().stream().flatMap(t -> t.rows().stream())
                .flatMap(r -> r.quotes().stream()).map(Paper.Quote::citation).toList();
        assertEquals(1, citations.stream().filter("(10YHP, “Neighbourhood health”, p. 12)"::equals).count(), citations.toString());
        assertEquals(true, citations.contains("(NHS LTP p. 37)"), "the built-in plan's citations are unchanged");
    }
}
