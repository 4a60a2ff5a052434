package org.crosswalk.store.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named snapshots kept in the workspace file: taken, listed, renamed, deleted, undone, compared. */
class SnapshotsTest {
    private static final String FEBRUARY = "As presented to the HIB on 14 February 2019";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();

    @Test
    void snapshotIsKeptInTheFileAndUnchangedByLaterEdits() throws Exception {
        Path file = dir.resolve("Board.crosswalk");
        WorkspaceContent then;
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), file)) {
            then = workspace.load();
            clock.advance(Duration.ofHours(1));
            Snapshot taken = Snapshots.take(workspace, FEBRUARY);
            assertEquals(new Snapshot(taken.id(), 1, FEBRUARY, Instant.parse("2019-02-14T10:30:00Z"),
                    StoreFixtures.AUTHOR, then.themes().size(), then.priorities().size(), then.links().size()), taken);
            assertEquals(Optional.of("Take snapshot ‘" + FEBRUARY + "’"), workspace.history().undoDescription());

            Priority smoking = priority(then, "Reduce smoking prevalence");
            workspace.history().execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco"));
            workspace.history().execute(LinkEdits.unlink(then.linksOf(smoking.id()).get(0).id()));
            assertSameTable(then, Snapshots.content(workspace, taken.id()));
        }
        try (Workspace reopened = StoreFixtures.files(clock).open(file, false)) {
            List<Snapshot> listed = Snapshots.list(reopened);
            assertEquals(List.of(FEBRUARY), listed.stream().map(Snapshot::name).toList());
            assertSameTable(then, Snapshots.content(reopened, listed.get(0).id()));
            assertEquals(listed.get(0), Snapshots.find(reopened, "1").orElseThrow());
            assertEquals(listed.get(0), Snapshots.find(reopened, FEBRUARY.toUpperCase()).orElseThrow());
            assertEquals(Optional.empty(), Snapshots.find(reopened, "March"));
        }
    }

    @Test
    void aSnapshotKeepsEachPrioritysProgressAsItWas() throws Exception {
        Path file = dir.resolve("Board.crosswalk");
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), file)) {
            Priority smoking = priority(workspace.load(), "Reduce smoking prevalence");
            workspace.history().execute(org.crosswalk.store.edit.ProgressEdits.setProgress(smoking.id(),
                    new org.crosswalk.model.Progress("Maternity service", org.crosswalk.model.ImplementationStatus.AT_RISK,
                            java.time.LocalDate.of(2027, 3, 31), "Posts not filled", null, null)));
            WorkspaceContent then = workspace.load();
            Snapshot taken = Snapshots.take(workspace, FEBRUARY);
            workspace.history().execute(org.crosswalk.store.edit.ProgressEdits.setProgress(smoking.id(),
                    org.crosswalk.model.Progress.NONE));

            Priority kept = Snapshots.content(workspace, taken.id()).priority(smoking.id()).orElseThrow();
            assertEquals(then.priority(smoking.id()).orElseThrow().progress(), kept.progress(),
                    "status, due date and update as they were when the snapshot was taken");
        }
    }

    @Test
    void renameAndDeleteAreUndoableAndNumbersStay() throws Exception {
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), dir.resolve("B.crosswalk"))) {
            Snapshot first = Snapshots.take(workspace, "Draft");
            Snapshot second = Snapshots.take(workspace, FEBRUARY);
            assertEquals(2, second.number());

            workspace.history().execute(SnapshotEdits.rename(first.id(), "First draft"));
            assertEquals(List.of("First draft", FEBRUARY), names(workspace));
            workspace.history().undo();
            assertEquals(List.of("Draft", FEBRUARY), names(workspace));

            workspace.history().execute(SnapshotEdits.delete(first.id()));
            assertEquals(List.of(FEBRUARY), names(workspace));
            assertEquals(2, Snapshots.list(workspace).get(0).number(), "numbers do not shift");
            Snapshot third = Snapshots.take(workspace, "March");
            assertEquals(3, third.number());
            workspace.history().undo();
            workspace.history().undo();
            assertEquals(List.of("Draft", FEBRUARY), names(workspace));
            assertEquals(first, Snapshots.list(workspace).get(0));
        }
    }

    @Test
    void blankOrRepeatedNamesAreRefusedAndNothingIsKept() throws Exception {
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), dir.resolve("B.crosswalk"))) {
            Snapshot kept = Snapshots.take(workspace, FEBRUARY);
            EditRejectedException blank = assertThrows(EditRejectedException.class,
                    () -> Snapshots.take(workspace, "   "));
            assertTrue(blank.getMessage().startsWith("A snapshot needs a name"), blank.getMessage());
            EditRejectedException repeated = assertThrows(EditRejectedException.class,
                    () -> Snapshots.take(workspace, " as presented to the HIB on 14 February 2019"));
            assertTrue(repeated.getMessage().contains("already a snapshot with that name"), repeated.getMessage());
            Snapshot other = Snapshots.take(workspace, "Other");
            assertThrows(EditRejectedException.class,
                    () -> workspace.history().execute(SnapshotEdits.rename(other.id(), FEBRUARY)));
            assertEquals(List.of(kept, other), Snapshots.list(workspace));
        }
    }

    @Test
    void comparisonListsExactlyTheChangesSinceTheSnapshot() throws Exception {
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), dir.resolve("B.crosswalk"))) {
            Snapshot snapshot = Snapshots.take(workspace, FEBRUARY);
            WorkspaceContent then = workspace.load();
            Priority smoking = priority(then, "Reduce smoking prevalence");
            Priority alcohol = priority(then, "Alcohol advice and treatment");
            Priority immunisation = priority(then, "Immunisation");
            Link removed = then.linksOf(smoking.id()).get(0);
            Link changed = then.linksOf(alcohol.id()).get(0);
            PlanItem newItem = then.items().stream().filter(PlanItem::hasNumber)
                    .filter(i -> then.link(immunisation.id(), i.id()).isEmpty()).findFirst().orElseThrow();
            UUID added = UUID.randomUUID();

            workspace.history().execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco"));
            workspace.history().execute(LinkEdits.unlink(removed.id()));
            workspace.history().execute(LinkEdits.editLink(changed.id(), changed.excerpt(), Relevance.CONTEXT,
                    "Checked with the alcohol team"));
            workspace.history().execute(LinkEdits.link(immunisation.id(), newItem.id(), UUID.randomUUID()));
            workspace.history().execute(OutlineEdits.addPriority(then.themes().get(0).id(), added, "Healthy ageing"));

            WorkspaceContent now = workspace.load();
            List<String> lines = SnapshotComparison.between(Snapshots.content(workspace, snapshot.id()), now)
                    .stream().map(Difference::line).toList();
            String removedItem = then.item(removed.planItemId()).orElseThrow().number();
            String changedItem = then.item(changed.planItemId()).orElseThrow().number();
            assertEquals(List.of(
                    "Priority reworded — Tobacco: was “Reduce smoking prevalence”",
                    "Priority added — Healthy ageing",
                    "Link changed — Alcohol advice and treatment: " + changedItem + " "
                            + then.citation(then.item(changed.planItemId()).orElseThrow())
                            + ": relevance " + changed.relevance().label() + " → Context, note "
                            + (changed.note().isEmpty() ? "added" : "changed"),
                    "Link added — Immunisation: " + newItem.number() + " " + now.citation(newItem),
                    "Link removed — Tobacco: " + removedItem + " "
                            + then.citation(then.item(removed.planItemId()).orElseThrow())), lines);
            assertEquals(List.of(), SnapshotComparison.between(now, now));
        }
    }

    private static void assertSameTable(WorkspaceContent expected, WorkspaceContent snapshot) {
        assertEquals(expected.board(), snapshot.board());
        assertEquals(expected.themes(), snapshot.themes());
        assertEquals(expected.priorities(), snapshot.priorities());
        assertEquals(expected.subItems(), snapshot.subItems());
        assertEquals(expected.links(), snapshot.links());
        assertEquals(expected.paper(), snapshot.paper());
        for (Link link : expected.links()) {
            assertEquals(expected.item(link.planItemId()), snapshot.item(link.planItemId()));
        }
    }

    private static List<String> names(Workspace workspace) throws Exception {
        return Snapshots.list(workspace).stream().map(Snapshot::name).toList();
    }

    private static Priority priority(WorkspaceContent content, String title) {
        return content.priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }
}
