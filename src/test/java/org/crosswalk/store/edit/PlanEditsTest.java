package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a whole national plan to a workspace as one undoable edit. */
class PlanEditsTest {
    @TempDir
    Path dir;

    private EditBench bench;
    private final PlanContent ltp = new PlanCatalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN);

    @BeforeEach
    void openEmpty() throws Exception {
        bench = EditBench.empty(dir);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void addTheBuiltInPlanKeepsEveryChapterSectionAndItem() throws Exception {
        bench.roundTrip(PlanEdits.addPlan(ltp), "Add plan ‘The NHS Long Term Plan (January 2019)’", after -> {
            assertEquals(List.of(ltp.plan()), after.plans());
            assertEquals(ltp.chapters(), after.chapters());
            assertEquals(ltp.sections(), after.sections());
            assertEquals(ltp.items(), after.items());
            assertEquals("(NHS LTP p. 37)", after.citation(after.items().stream()
                    .filter(i -> "2.18".equals(i.number())).findFirst().orElseThrow()));
        });
    }

    @Test
    void aSecondPlanComesAfterTheFirst() throws Exception {
        bench.history().execute(PlanEdits.addPlan(ltp));
        PlanContent tenYear = tinyPlan();
        bench.roundTrip(PlanEdits.addPlan(tenYear), "Add plan ‘10 Year Health Plan for England (July 2…’",
                after -> {
                    assertEquals(List.of(ltp.plan(), tenYear.plan()), after.plans());
                    assertEquals(tenYear.items(), after.planItems(tenYear.plan().id()));
                    assertEquals(ltp.items(), after.planItems(ltp.plan().id()));
                    assertEquals(tenYear.chapters(), after.chaptersOf(tenYear.plan().id()));
                });
        WorkspaceContent content = bench.content();
        assertEquals(2, content.plans().size());
        assertEquals("10YHP", content.planByLabel("10yhp").orElseThrow().label());
    }

    @Test
    void addingAPlanTwiceIsRefused() throws Exception {
        bench.history().execute(PlanEdits.addPlan(ltp));
        WorkspaceContent before = bench.content();
        EditRejectedException rejected = assertThrows(EditRejectedException.class,
                () -> bench.history().execute(PlanEdits.addPlan(ltp)));
        assertEquals("“The NHS Long Term Plan” (January 2019) is already in this workspace.", rejected.getMessage());
        assertEquals(before, bench.content());
        assertEquals(1, bench.changeLog().size());
    }

    private static PlanContent tinyPlan() {
        UUID planId = UUID.randomUUID();
        Plan plan = new Plan(planId, "10 Year Health Plan for England", "10YHP", "July 2025", "2025-07-03",
                "Department of Health and Social Care", "test", "Crown copyright");
        Chapter chapter = new Chapter(UUID.randomUUID(), planId, "1", "From hospital to community", 0);
        Section section = new Section(UUID.randomUUID(), chapter.id(), "Neighbourhood health service", 0);
        return new PlanContent(plan, List.of(chapter), List.of(section), List.of(
                new PlanItem(UUID.randomUUID(), planId, chapter.id(), null, null, null, ItemKind.PROSE,
                        "An introduction without number or page.", null, 0),
                new PlanItem(UUID.randomUUID(), planId, chapter.id(), section.id(), "1.2", 12, ItemKind.PARAGRAPH,
                        "A numbered paragraph on page 12.", null, 1)));
    }
}
