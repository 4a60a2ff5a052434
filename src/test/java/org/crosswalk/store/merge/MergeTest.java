package org.crosswalk.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops' copies of the sample, edited differently, merged back into the master. */
class MergeTest {
    @TempDir
    Path folder;

    private Laptops laptops;
    private WorkspaceContent before;
    private Priority first;
    private Priority second;
    private Priority third;
    private Link firstLink;
    private Link secondLink;
    private SubItem subItem;

    @BeforeEach
    void workshop() throws Exception {
        laptops = new Laptops(folder);
        before = laptops.content(laptops.master);
        List<Priority> linked = before.priorities().stream().filter(p -> before.linksOf(p.id()).size() >= 2).toList();
        first = linked.get(0);
        second = linked.get(1);
        third = before.priorities().stream().filter(Priority::isNoMention)
                .findFirst().orElseThrow();
        firstLink = before.linksOf(first.id()).get(0);
        secondLink = before.linksOf(second.id()).get(0);
        subItem = before.subItems().get(0);
    }

    @Test
    void editsMadeOnDifferentLaptopsAreAllKeptLinkByLink() throws Exception {
        Path anna = laptops.copy("anna");
        UUID annaPriority = UUID.randomUUID();
        UUID annaLink = UUID.randomUUID();
        UUID samLink = UUID.randomUUID();
        UUID unlinkedItem = before.items().stream().filter(i -> before.links().stream()
                .noneMatch(l -> l.planItemId().equals(i.id()))).findFirst().orElseThrow().id();
        laptops.edit(laptops.master, "Sam Secretary",
                OutlineEdits.renamePriority(first.id(), "Stop smoking in pregnancy"),
                LinkEdits.link(first.id(), unlinkedItem, samLink),
                LinkEdits.unlink(secondLink.id()));
        laptops.edit(anna, "Anna Analyst",
                OutlineEdits.setPriorityNote(second.id(), "Agreed at the March workshop"),
                OutlineEdits.addPriority(first.themeId(), annaPriority, "Air quality near schools"),
                LinkEdits.link(annaPriority, firstLink.planItemId(), annaLink),
                LinkEdits.markNoMention(third.id(), "Not in the national plan."),
                LinkEdits.editLink(firstLink.id(), quote(firstLink), Relevance.PARTIAL, "from Anna"),
                OutlineEdits.deleteSubItem(subItem.id()));
        String annaHash = StoreFixtures.sha256(anna);

        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(List.of(), preview.conflicts());
            assertEquals(2, preview.count(MergeChange.Kind.ADDED), "Anna's priority and its link");
            List<String> taken = preview.changes(MergeChange.Kind.TAKEN).stream().map(MergeChange::what).toList();
            assertTrue(taken.contains("Priority ‘" + second.title() + "’"), taken.toString());
            assertTrue(taken.contains("Priority ‘" + third.title() + "’"), taken.toString());
            assertTrue(taken.stream().anyMatch(w -> w.startsWith("Link from ‘Stop smoking in pregnancy’")), taken.toString());
            assertTrue(preview.changes(MergeChange.Kind.TAKEN).stream().allMatch(c -> c.who().equals("Anna Analyst")));
            assertEquals(1, preview.count(MergeChange.Kind.DELETED), "the sub-item Anna deleted");
            assertEquals("Merge of anna.crosswalk", laptops.merges().merge(master, preview, laptops.backups()).description());
            assertEquals("Merge of anna.crosswalk", master.history().undoDescription().orElseThrow());
        }
        assertEquals(annaHash, StoreFixtures.sha256(anna), "the other copy is never changed");

        WorkspaceContent merged = laptops.content(laptops.master);
        assertEquals("Stop smoking in pregnancy", merged.priority(first.id()).orElseThrow().title());
        assertEquals("Agreed at the March workshop", merged.priority(second.id()).orElseThrow().note());
        assertEquals("Not in the national plan.", merged.priority(third.id()).orElseThrow().noMention());
        assertFalse(before.priority(third.id()).orElseThrow().noMention().equals("Not in the national plan."));
        assertEquals("Air quality near schools", merged.priority(annaPriority).orElseThrow().title());
        assertTrue(merged.subItem(subItem.id()).isEmpty());

        Map<UUID, Link> expected = new HashMap<>();
        before.links().forEach(link -> expected.put(link.id(), link));
        expected.remove(secondLink.id());
        WorkspaceContent sam = laptops.content(laptops.master);
        expected.put(samLink, sam.link(samLink).orElseThrow());
        WorkspaceContent annas = laptops.content(anna);
        expected.put(annaLink, annas.link(annaLink).orElseThrow());
        expected.put(firstLink.id(), annas.link(firstLink.id()).orElseThrow());
        assertEquals(expected.size(), merged.links().size());
        for (Link link : merged.links()) {
            Link wanted = expected.get(link.id());
            assertEquals(wanted.priorityId(), link.priorityId(), "priority of link " + link.id());
            assertEquals(wanted.planItemId(), link.planItemId(), "paragraph of link " + link.id());
            assertEquals(wanted.excerpt(), link.excerpt(), "excerpt of link " + link.id());
            assertEquals(wanted.relevance(), link.relevance(), "relevance of link " + link.id());
            assertEquals(wanted.note(), link.note(), "note of link " + link.id());
        }
        List<Integer> places = merged.prioritiesOf(first.themeId()).stream().map(Priority::position).toList();
        assertEquals(java.util.stream.IntStream.range(0, places.size()).boxed().toList(), places);
    }

    /** The first words of the link's paragraph: an excerpt must be copied word for word. */
    private String quote(Link link) {
        String text = before.item(link.planItemId()).orElseThrow().text();
        return text.substring(0, text.indexOf(' ', 20));
    }

    @Test
    void additionsOnBothSidesAreKeptAndAPairingLinkedOnBothLaptopsBecomesOneLink() throws Exception {
        Path anna = laptops.copy("anna");
        UUID samPriority = UUID.randomUUID();
        UUID annaPriority = UUID.randomUUID();
        UUID item = before.items().stream().filter(i -> before.link(first.id(), i.id()).isEmpty())
                .findFirst().orElseThrow().id();
        UUID samLink = UUID.randomUUID();
        laptops.edit(laptops.master, "Sam Secretary",
                OutlineEdits.addPriority(first.themeId(), samPriority, "Sam's new priority"),
                LinkEdits.link(first.id(), item, samLink));
        laptops.edit(anna, "Anna Analyst",
                OutlineEdits.addPriority(first.themeId(), annaPriority, "Anna's new priority"),
                LinkEdits.link(first.id(), item, UUID.randomUUID()),
                OutlineEdits.addSubItem(first.id(), UUID.randomUUID(), "Anna's sub-item"));

        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(List.of(), preview.conflicts());
            laptops.merges().merge(master, preview, laptops.backups());
        }
        WorkspaceContent merged = laptops.content(laptops.master);
        assertTrue(merged.priority(samPriority).isPresent());
        assertTrue(merged.priority(annaPriority).isPresent());
        assertEquals(samLink, merged.link(first.id(), item).orElseThrow().id());
        assertEquals(before.links().size() + 1, merged.links().size());
        assertTrue(merged.subItemsOf(first.id()).stream().anyMatch(s -> s.text().equals("Anna's sub-item")));
        List<Integer> places = merged.prioritiesOf(first.themeId()).stream().map(Priority::position).toList();
        assertEquals(java.util.stream.IntStream.range(0, places.size()).boxed().toList(), places,
                "both new priorities at the end, numbered in turn");
    }

    @Test
    void mergingTheSameCopyTwiceChangesNothingTheSecondTime() throws Exception {
        Path anna = laptops.copy("anna");
        laptops.edit(laptops.master, "Sam Secretary", OutlineEdits.renamePriority(first.id(), "Sam's wording"),
                OutlineEdits.deletePriority(third.id()));
        laptops.edit(anna, "Anna Analyst", OutlineEdits.renamePriority(first.id(), "Anna's wording"),
                OutlineEdits.setPriorityNote(second.id(), "Anna's note"),
                OutlineEdits.addPriority(first.themeId(), UUID.randomUUID(), "Anna's priority"));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(1, preview.conflicts().size());
            assertEquals(1, preview.count(MergeChange.Kind.KEPT_DELETED), "the priority Sam deleted");
            laptops.merges().merge(master, preview.withEveryChoice(Choice.OURS), laptops.backups());
        }
        Map<String, List<Map<String, Object>>> once = Laptops.dump(laptops.master);
        Object logSize = StoreFixtures.scalar(laptops.master, "SELECT count(*) FROM change_log");

        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview again = laptops.merges().preview(master, anna);
            assertTrue(again.nothingToDo(), "nothing new: " + again.conflicts());
            assertEquals(List.of(), again.conflicts());
            assertEquals(0, again.count(MergeChange.Kind.ADDED) + again.count(MergeChange.Kind.TAKEN)
                    + again.count(MergeChange.Kind.DELETED) + again.count(MergeChange.Kind.KEPT_DELETED));
        }
        assertEquals(once, Laptops.dump(laptops.master));
        assertEquals(logSize, StoreFixtures.scalar(laptops.master, "SELECT count(*) FROM change_log"));
        assertEquals("Sam's wording", laptops.content(laptops.master).priority(first.id()).orElseThrow().title());
    }

    @Test
    void laterEditsOnTheOtherLaptopAreTakenAtTheNextMergeWithoutAsking() throws Exception {
        Path anna = laptops.copy("anna");
        laptops.edit(anna, "Anna Analyst", OutlineEdits.renamePriority(first.id(), "Morning wording"));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            laptops.merges().merge(master, laptops.merges().preview(master, anna), laptops.backups());
        }
        laptops.edit(anna, "Anna Analyst", OutlineEdits.renamePriority(first.id(), "Afternoon wording"));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(List.of(), preview.conflicts(), "the morning version came from Anna herself");
            assertEquals(1, preview.count(MergeChange.Kind.TAKEN));
            laptops.merges().merge(master, preview, laptops.backups());
        }
        assertEquals("Afternoon wording", laptops.content(laptops.master).priority(first.id()).orElseThrow().title());
    }

    @Test
    void progressReportedOnAnotherLaptopIsTakenAndDifferentReportsAreAskedAbout() throws Exception {
        Path anna = laptops.copy("anna");
        laptops.edit(anna, "Anna Analyst", org.crosswalk.store.edit.ProgressEdits.setProgress(first.id(), "Anna's team",
                new org.crosswalk.model.Progress("Clinic pilot", org.crosswalk.model.ImplementationStatus.ON_TRACK,
                        java.time.LocalDate.of(2027, 6, 30), "Pilot started", null, null)));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(List.of(), preview.conflicts());
            laptops.merges().merge(master, preview, laptops.backups());
        }
        Priority merged = laptops.content(laptops.master).priority(first.id()).orElseThrow();
        assertEquals("Anna's team", merged.lead());
        assertEquals(org.crosswalk.model.ImplementationStatus.ON_TRACK, merged.progress().status());
        assertEquals("Pilot started", merged.progress().update());
        assertEquals("Anna Analyst", merged.progress().updatedBy());

        laptops.edit(anna, "Anna Analyst", org.crosswalk.store.edit.ProgressEdits.setProgress(first.id(),
                merged.progress().withStatusAndUpdate(org.crosswalk.model.ImplementationStatus.AT_RISK, "Staff left")));
        laptops.edit(laptops.master, "Sam Secretary", org.crosswalk.store.edit.ProgressEdits.setProgress(first.id(),
                merged.progress().withStatusAndUpdate(org.crosswalk.model.ImplementationStatus.DONE, "Finished")));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(1, preview.conflicts().size(), "two different reports on one priority: the room decides");
        }
    }

    @Test
    void undoingTheMergeRestoresThePreviousContentExactly() throws Exception {
        Path anna = laptops.copy("anna");
        laptops.edit(laptops.master, "Sam Secretary", OutlineEdits.renamePriority(first.id(), "Sam's wording"));
        laptops.edit(anna, "Anna Analyst", OutlineEdits.renamePriority(first.id(), "Anna's wording"),
                OutlineEdits.deletePriority(second.id()),
                OutlineEdits.addPriority(first.themeId(), UUID.randomUUID(), "Anna's priority"),
                LinkEdits.editLink(firstLink.id(), quote(firstLink), Relevance.CONTEXT, "n"));
        Map<String, List<Map<String, Object>>> previous = Laptops.dump(laptops.master);
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna).withEveryChoice(Choice.THEIRS);
            laptops.merges().merge(master, preview, laptops.backups());
            assertFalse(previous.equals(Laptops.dump(laptops.master)));
            assertEquals("Merge of anna.crosswalk", master.history().undo().orElseThrow());
            assertEquals(previous, Laptops.dump(laptops.master));
            master.history().redo();
            assertEquals("Anna's wording", master.load().priority(first.id()).orElseThrow().title());
        }
        assertEquals(1, laptops.backups().listFor(laptops.master).stream()
                .filter(b -> b.reason().name().equals("BEFORE_MERGE")).count(), "a backup before the merge");
    }

    @Test
    void threeLaptopsMergedOneAfterTheOtherKeepEveryonesWork() throws Exception {
        Path anna = laptops.copy("anna");
        Path ben = laptops.copy("ben");
        UUID annaPriority = UUID.randomUUID();
        UUID benPriority = UUID.randomUUID();
        laptops.edit(anna, "Anna Analyst", OutlineEdits.renamePriority(first.id(), "Anna's wording"),
                OutlineEdits.addPriority(first.themeId(), annaPriority, "Anna's priority"));
        laptops.edit(ben, "Ben Board", OutlineEdits.setPriorityNote(second.id(), "Ben's note"),
                OutlineEdits.addPriority(first.themeId(), benPriority, "Ben's priority"),
                OutlineEdits.deleteSubItem(subItem.id()));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            for (Path copy : List.of(anna, ben)) {
                MergePreview preview = laptops.merges().preview(master, copy);
                assertEquals(List.of(), preview.conflicts(), copy.getFileName().toString());
                laptops.merges().merge(master, preview, laptops.backups());
            }
            assertTrue(laptops.merges().preview(master, ben).nothingToDo(), "Ben's copy again");
            MergePreview annaAgain = laptops.merges().preview(master, anna);
            assertEquals(List.of(), annaAgain.conflicts());
            assertEquals(List.of(MergeChange.Kind.KEPT_DELETED), annaAgain.changes(MergeChange.Kind.KEPT_DELETED)
                    .stream().map(MergeChange::kind).toList(), "Ben's deletion, news to Anna's copy");
            assertEquals(0, annaAgain.count(MergeChange.Kind.ADDED) + annaAgain.count(MergeChange.Kind.TAKEN)
                    + annaAgain.count(MergeChange.Kind.DELETED));
            laptops.merges().merge(master, annaAgain, laptops.backups());
            assertTrue(laptops.merges().preview(master, anna).nothingToDo(), "Anna's copy a third time");
        }
        WorkspaceContent merged = laptops.content(laptops.master);
        assertEquals("Anna's wording", merged.priority(first.id()).orElseThrow().title());
        assertEquals("Ben's note", merged.priority(second.id()).orElseThrow().note());
        assertTrue(merged.priority(annaPriority).isPresent() && merged.priority(benPriority).isPresent());
        assertTrue(merged.subItem(subItem.id()).isEmpty());
    }
}
