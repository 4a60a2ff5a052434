package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.SuggestionDismissals;
import org.crosswalk.store.edit.SuggestionEdits.Proposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting and dismissing suggested paragraphs: links made, dismissals remembered, all undoable. */
class SuggestionEditsTest {
    private static final String EAT = "Enable people to eat healthily";
    private static final String SMOKING = "Reduce smoking prevalence";

    @TempDir
    Path dir;

    private EditBench bench;

    @BeforeEach
    void openSample() throws Exception {
        bench = EditBench.sample(dir);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void acceptingOneSuggestionAppendsADirectLink() throws Exception {
        Priority eat = bench.priority(EAT);
        PlanItem p220 = bench.item("2.20");
        int before = bench.content().linksOf(eat.id()).size();
        bench.roundTrip(SuggestionEdits.accept(List.of(new Proposal(eat.id(), p220.id()))),
                "Accept suggestion 2.20 for ‘Enable people to eat healthily’", after -> {
                    var links = after.linksOf(eat.id());
                    assertEquals(before + 1, links.size());
                    assertEquals(p220.id(), links.get(before).planItemId());
                    assertEquals(Relevance.DIRECT, links.get(before).relevance());
                    assertEquals(before, links.get(before).position());
                });
    }

    @Test
    void acceptingManyIsOneEditAcrossPrioritiesAndWithdrawsNoMention() throws Exception {
        Priority eat = bench.priority(EAT);
        Priority smoking = bench.priority(SMOKING);
        for (var link : bench.content().linksOf(smoking.id())) {
            bench.history().execute(LinkEdits.unlink(link.id()));
        }
        bench.history().execute(LinkEdits.markNoMention(smoking.id(), "The plan says nothing on this."));
        PlanItem p220 = bench.item("2.20");
        PlanItem p29 = bench.item("2.9");
        PlanItem p210 = bench.item("2.10");
        int eatBefore = bench.content().linksOf(eat.id()).size();
        List<Proposal> proposals = List.of(new Proposal(eat.id(), p220.id()), new Proposal(smoking.id(), p29.id()),
                new Proposal(smoking.id(), p210.id()), new Proposal(smoking.id(), p210.id()));
        bench.roundTrip(SuggestionEdits.accept(proposals), "Accept 3 suggestions", after -> {
            assertEquals(eatBefore + 1, after.linksOf(eat.id()).size());
            assertEquals(List.of(p29.id(), p210.id()),
                    after.linksOf(smoking.id()).stream().map(l -> l.planItemId()).toList());
            assertEquals(List.of(0, 1), after.linksOf(smoking.id()).stream().map(l -> l.position()).toList());
            assertNull(after.priority(smoking.id()).orElseThrow().noMention(), "no mention withdrawn");
        });
    }

    @Test
    void acceptingWhatIsAlreadyLinkedChangesNothing() throws Exception {
        Priority eat = bench.priority(EAT);
        PlanItem p218 = bench.item("2.18");
        WorkspaceContent before = bench.content();
        EditRejectedException refused = assertThrows(EditRejectedException.class,
                () -> bench.history().execute(SuggestionEdits.accept(List.of(new Proposal(eat.id(), p218.id())))));
        assertEquals("Every suggestion chosen is already linked. Nothing was changed.", refused.getMessage());
        assertEquals(before, bench.content());
    }

    @Test
    void dismissingIsRememberedAcrossReopeningAndUndoable() throws Exception {
        Priority eat = bench.priority(EAT);
        PlanItem p220 = bench.item("2.20");
        PlanItem p221 = bench.item("2.21");
        List<Proposal> both = List.of(new Proposal(eat.id(), p220.id()), new Proposal(eat.id(), p221.id()));
        assertEquals("Dismiss 2 suggestions", bench.history().execute(SuggestionEdits.dismiss(both)));
        assertEquals(Set.of(p220.id(), p221.id()), SuggestionDismissals.of(bench.workspace(), eat.id()));
        assertEquals(Map.of(eat.id(), Set.of(p220.id(), p221.id())), SuggestionDismissals.all(bench.workspace()));

        assertEquals(Optional.of("Dismiss 2 suggestions"), bench.history().undo());
        assertTrue(SuggestionDismissals.of(bench.workspace(), eat.id()).isEmpty());
        bench.history().redo();
        bench.reopen();
        assertEquals(Set.of(p220.id(), p221.id()), SuggestionDismissals.of(bench.workspace(), eat.id()));

        assertEquals("Suggest 2.20 again for ‘Enable people to eat healthily’",
                bench.history().execute(SuggestionEdits.restore(new Proposal(eat.id(), p220.id()))));
        assertEquals(Set.of(p221.id()), SuggestionDismissals.of(bench.workspace(), eat.id()));
        bench.history().undo();
        assertEquals(Set.of(p220.id(), p221.id()), SuggestionDismissals.of(bench.workspace(), eat.id()));
    }

    @Test
    void dismissalsBelongToOnePriority() throws Exception {
        Priority eat = bench.priority(EAT);
        Priority smoking = bench.priority(SMOKING);
        PlanItem p220 = bench.item("2.20");
        bench.history().execute(SuggestionEdits.dismiss(List.of(new Proposal(eat.id(), p220.id()))));
        assertTrue(SuggestionDismissals.of(bench.workspace(), smoking.id()).isEmpty());
        assertThrows(EditRejectedException.class, () -> bench.history().execute(
                SuggestionEdits.dismiss(List.of(new Proposal(eat.id(), p220.id())))));
    }

    @Test
    void deletingAPriorityTakesItsDismissalsAndUndoBringsThemBack() throws Exception {
        Priority eat = bench.priority(EAT);
        PlanItem p220 = bench.item("2.20");
        bench.history().execute(SuggestionEdits.dismiss(List.of(new Proposal(eat.id(), p220.id()))));
        bench.history().execute(OutlineEdits.deletePriority(eat.id()));
        assertFalse(SuggestionDismissals.all(bench.workspace()).containsKey(eat.id()));
        bench.history().undo();
        assertEquals(Set.of(p220.id()), SuggestionDismissals.of(bench.workspace(), eat.id()));
    }
}
