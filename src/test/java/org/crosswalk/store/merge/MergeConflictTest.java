package org.crosswalk.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What both laptops changed differently is put side by side and settled by the room's choice. */
class MergeConflictTest {
    @TempDir
    Path folder;

    @Test
    void everyKindOfConflictIsShownSideBySideAndSettledAsChosen() throws Exception {
        Laptops laptops = new Laptops(folder);
        WorkspaceContent before = laptops.content(laptops.master);
        List<Priority> linked = before.priorities().stream().filter(p -> before.linksOf(p.id()).size() >= 2).toList();
        Priority wording = linked.get(0);
        Priority note = linked.get(1);
        Priority deletedHere = linked.get(2);
        Priority deletedThere = linked.get(3);
        Priority noMention = before.priorities().stream().filter(Priority::isNoMention).findFirst().orElseThrow();
        Link link = before.linksOf(linked.get(4).id()).get(0);
        String text = before.item(link.planItemId()).orElseThrow().text();
        Path anna = laptops.copy("anna");

        laptops.edit(laptops.master, "Sam Secretary",
                OutlineEdits.renamePriority(wording.id(), "Sam's wording"),
                OutlineEdits.setPriorityNote(note.id(), "Sam's note"),
                LinkEdits.markNoMention(noMention.id(), "Sam: not mentioned."),
                LinkEdits.editLink(link.id(), text.substring(0, text.indexOf(' ', 10)), Relevance.DIRECT, ""),
                OutlineEdits.deletePriority(deletedHere.id()),
                OutlineEdits.setPriorityNote(deletedThere.id(), "Sam still wants this"));
        laptops.edit(anna, "Anna Analyst",
                OutlineEdits.renamePriority(wording.id(), "Anna's wording"),
                OutlineEdits.setPriorityNote(note.id(), "Anna's note"),
                LinkEdits.markNoMention(noMention.id(), "Anna: not mentioned."),
                LinkEdits.editLink(link.id(), text.substring(0, text.indexOf(' ', 30)), Relevance.PARTIAL, ""),
                OutlineEdits.renamePriority(deletedHere.id(), "Anna kept this one"),
                OutlineEdits.deletePriority(deletedThere.id()));

        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            Map<String, Conflict> byWhat = new HashMap<>();
            preview.conflicts().forEach(c -> byWhat.put(c.what(), c));
            assertEquals(6, preview.conflicts().size(), byWhat.keySet().toString());

            Conflict words = byWhat.get("Priority ‘Sam's wording’");
            assertEquals(Conflict.Kind.CHANGED_ON_BOTH, words.kind());
            assertEquals(List.of(new Conflict.Field("Wording", "Sam's wording", "Anna's wording")), words.fields());
            assertEquals("Sam Secretary", words.ours().who());
            assertEquals("Anna Analyst", words.theirs().who());
            assertEquals(List.of(new Conflict.Field("Note", "Sam's note", "Anna's note")),
                    byWhat.get("Priority ‘" + note.title() + "’").fields());
            assertEquals(List.of(new Conflict.Field("No national mention", "Marked: Sam: not mentioned.",
                    "Marked: Anna: not mentioned.")), byWhat.get("Priority ‘" + noMention.title() + "’").fields());
            Conflict excerpt = preview.conflicts().stream().filter(c -> c.what().startsWith("Link from")).findFirst()
                    .orElseThrow();
            assertEquals(List.of("Excerpt", "Relevance"), excerpt.fields().stream().map(Conflict.Field::name).toList());
            Conflict gone = byWhat.get("Priority ‘Anna kept this one’");
            assertEquals(Conflict.Kind.DELETED_HERE, gone.kind());
            assertTrue(gone.ours().deleted());
            assertEquals("Sam Secretary", gone.ours().who());
            assertEquals(new Conflict.Field("Wording", "Deleted", "Anna kept this one"), gone.fields().get(0));
            Conflict goneThere = byWhat.get("Priority ‘" + deletedThere.title() + "’");
            assertEquals(Conflict.Kind.DELETED_THERE, goneThere.kind());
            assertEquals("Anna Analyst", goneThere.theirs().who());

            assertEquals(6, preview.undecided());
            Map<String, List<Map<String, Object>>> untouched = Laptops.dump(laptops.master);
            assertThrows(EditRejectedException.class, () -> laptops.merges().merge(master, preview, laptops.backups()));
            assertEquals(untouched, Laptops.dump(laptops.master), "undecided: nothing changed");

            Map<String, Choice> choices = new HashMap<>();
            choices.put(words.key(), Choice.THEIRS);
            choices.put(byWhat.get("Priority ‘" + note.title() + "’").key(), Choice.OURS);
            choices.put(byWhat.get("Priority ‘" + noMention.title() + "’").key(), Choice.THEIRS);
            choices.put(excerpt.key(), Choice.OURS);
            choices.put(gone.key(), Choice.THEIRS);
            choices.put(goneThere.key(), Choice.THEIRS);
            laptops.merges().merge(master, preview.withChoices(choices), laptops.backups());
        }
        WorkspaceContent merged = laptops.content(laptops.master);
        assertEquals("Anna's wording", merged.priority(wording.id()).orElseThrow().title());
        assertEquals("Sam's note", merged.priority(note.id()).orElseThrow().note());
        assertEquals("Anna: not mentioned.", merged.priority(noMention.id()).orElseThrow().noMention());
        assertEquals(text.substring(0, text.indexOf(' ', 10)), merged.link(link.id()).orElseThrow().excerpt());
        Priority back = merged.priority(deletedHere.id()).orElseThrow();
        assertEquals("Anna kept this one", back.title());
        assertEquals(before.linksOf(deletedHere.id()).stream().map(Link::id).toList(),
                merged.linksOf(deletedHere.id()).stream().map(Link::id).toList(), "brought back with its links");
        assertTrue(merged.priority(deletedThere.id()).isEmpty());
        assertTrue(merged.linksOf(deletedThere.id()).isEmpty());
    }

    @Test
    void aDeletionAgainstNoChangesIsTakenWithoutAsking() throws Exception {
        Laptops laptops = new Laptops(folder);
        WorkspaceContent before = laptops.content(laptops.master);
        Priority doomed = before.priorities().get(0);
        Priority keptDeleted = before.priorities().get(1);
        Path anna = laptops.copy("anna");
        laptops.edit(laptops.master, "Sam Secretary", OutlineEdits.deletePriority(keptDeleted.id()));
        laptops.edit(anna, "Anna Analyst", OutlineEdits.deletePriority(doomed.id()));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(List.of(), preview.conflicts());
            assertEquals(List.of("Priority ‘" + doomed.title() + "’"),
                    preview.changes(MergeChange.Kind.DELETED).stream().map(MergeChange::what).toList());
            assertEquals("Anna Analyst", preview.changes(MergeChange.Kind.DELETED).get(0).who());
            assertEquals(List.of("Priority ‘" + keptDeleted.title() + "’"),
                    preview.changes(MergeChange.Kind.KEPT_DELETED).stream().map(MergeChange::what).toList());
            laptops.merges().merge(master, preview, laptops.backups());
        }
        WorkspaceContent merged = laptops.content(laptops.master);
        assertTrue(merged.priority(doomed.id()).isEmpty());
        assertTrue(merged.priority(keptDeleted.id()).isEmpty());
        assertEquals(before.priorities().size() - 2, merged.priorities().size());
    }
}
