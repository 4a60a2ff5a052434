package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking plan paragraphs to priorities, and stating that the plan does not mention one. */
class LinkEditsTest {
    private static final String EAT = "Enable people to eat healthily";
    private static final String ACTIVITY = "Reduce Physical Inactivity / Promote Physical Activity";

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
    void unlinkThenLinkAgainAppendsTheLink() throws Exception {
        Priority eat = bench.priority(EAT);
        PlanItem p218 = bench.item("2.18");
        PlanItem p219 = bench.item("2.19");
        Link link218 = bench.content().link(eat.id(), p218.id()).orElseThrow();
        bench.roundTrip(LinkEdits.unlink(link218.id()), "Unlink 2.18 from ‘Enable people to eat healthily’", after -> {
            assertEquals(List.of(p219.id()), itemsOf(after, eat));
            assertEquals(0, after.linksOf(eat.id()).get(0).position());
        });
        UUID linkId = UUID.randomUUID();
        bench.roundTrip(LinkEdits.link(eat.id(), p218.id(), linkId), "Link 2.18 to ‘Enable people to eat healthily’",
                after -> {
                    assertEquals(List.of(p219.id(), p218.id()), itemsOf(after, eat));
                    assertEquals(new Link(linkId, eat.id(), p218.id(), null, Relevance.DIRECT, "", 1),
                            after.link(linkId).orElseThrow());
                });
    }

    @Test
    void linkingAnUnnumberedItemNamesItsFirstWords() throws Exception {
        Priority eat = bench.priority(EAT);
        PlanItem obesity = bench.content().items().stream()
                .filter(i -> i.text().startsWith("The NHS will therefore provide a targeted")).findFirst().orElseThrow();
        bench.roundTrip(LinkEdits.link(eat.id(), obesity.id(), UUID.randomUUID()),
                "Link ‘The NHS will therefore provide a target…’ to ‘Enable people to eat healthily’",
                after -> assertEquals(3, after.linksOf(eat.id()).size()));
    }

    @Test
    void linkingANoMentionPriorityWithdrawsTheStatementAndUndoRestoresIt() throws Exception {
        Priority activity = bench.priority(ACTIVITY);
        assertEquals("No specific mention in the Long Term Plan.", activity.noMention());
        PlanItem p140 = bench.item("1.40");

        bench.history().execute(LinkEdits.link(activity.id(), p140.id(), UUID.randomUUID()));
        assertNull(bench.priority(ACTIVITY).noMention());
        bench.history().undo();
        assertEquals("No specific mention in the Long Term Plan.", bench.priority(ACTIVITY).noMention());
        assertEquals(List.of(), bench.content().linksOf(activity.id()));

        bench.roundTrip(LinkEdits.link(activity.id(), p140.id(), UUID.randomUUID()),
                "Link 1.40 to ‘Reduce Physical Inactivity / Promote Ph…’", after -> {
                    assertNull(after.priority(activity.id()).orElseThrow().noMention());
                    assertEquals(List.of(p140.id()), itemsOf(after, activity));
                });
    }

    @Test
    void editLinkSetsExcerptRelevanceAndNote() throws Exception {
        Priority eat = bench.priority(EAT);
        Link link = bench.content().linksOf(eat.id()).get(0);
        String excerpt = "The next version of hospital food standards will be published in 2019";
        bench.roundTrip(LinkEdits.editLink(link.id(), "  The next version of hospital food\n standards will be "
                        + "published in 2019 ", Relevance.PARTIAL, " Ask the acute trust "),
                "Edit link to 2.18", after -> {
                    Link edited = after.link(link.id()).orElseThrow();
                    assertEquals("The next version of hospital food\n standards will be published in 2019",
                            edited.excerpt());
                    assertTrue(edited.excerpt().replaceAll("\\s+", " ").equals(excerpt));
                    assertEquals(Relevance.PARTIAL, edited.relevance());
                    assertEquals("Ask the acute trust", edited.note());
                });
    }

    @Test
    void moveLink() throws Exception {
        Priority screening = bench.priority("Screening for early awareness of risk");
        List<Link> links = bench.content().linksOf(screening.id());
        Link p355 = links.get(4);
        bench.roundTrip(LinkEdits.moveLink(p355.id(), 0), "Move link to 3.55", after -> {
            List<UUID> expected = List.of(links.get(4).planItemId(), links.get(0).planItemId(),
                    links.get(1).planItemId(), links.get(2).planItemId(), links.get(3).planItemId());
            assertEquals(expected, itemsOf(after, screening));
        });
    }

    @Test
    void markNoMentionAndClearIt() throws Exception {
        Priority campaigns = bench.priority("Making Every Contact Count, Campaigns");
        assertEquals("Not mentioned", campaigns.noMention());
        bench.roundTrip(LinkEdits.clearNoMention(campaigns.id()),
                "Unmark ‘Making Every Contact Count, Campaigns’ as not mentioned",
                after -> assertNull(after.priority(campaigns.id()).orElseThrow().noMention()));
        bench.roundTrip(LinkEdits.markNoMention(campaigns.id(), " No specific mention in the Long Term Plan. "),
                "Mark ‘Making Every Contact Count, Campaigns’ as not mentioned",
                after -> assertEquals(Priority.DEFAULT_NO_MENTION,
                        after.priority(campaigns.id()).orElseThrow().noMention()));
    }

    @Test
    void rejectionsExplainAndChangeNothing() throws Exception {
        Priority eat = bench.priority(EAT);
        PlanItem p218 = bench.item("2.18");
        Link link = bench.content().link(eat.id(), p218.id()).orElseThrow();
        WorkspaceContent before = bench.content();
        int log = bench.changeLog().size();

        assertRejected(() -> LinkEdits.link(eat.id(), p218.id(), UUID.randomUUID()),
                "2.18 is already linked to ‘Enable people to eat healthily’.");
        assertRejected(() -> LinkEdits.markNoMention(eat.id(), Priority.DEFAULT_NO_MENTION),
                "‘Enable people to eat healthily’ has linked plan paragraphs. Unlink them first");
        assertRejected(() -> LinkEdits.markNoMention(eat.id(), "  "), "Write the words the paper should show");
        assertRejected(() -> LinkEdits.editLink(link.id(), "hospital food standards will be abolished", null, ""),
                "The excerpt must be copied word for word from paragraph 2.18");
        assertRejected(() -> LinkEdits.link(eat.id(), UUID.randomUUID(), UUID.randomUUID()),
                "The plan item no longer exists in this workspace. Nothing was changed.");
        assertRejected(() -> LinkEdits.unlink(UUID.randomUUID()), "The link no longer exists");

        assertEquals(before, bench.content());
        assertEquals(log, bench.changeLog().size());
    }

    private void assertRejected(java.util.function.Supplier<Edit> edit, String message) {
        EditRejectedException rejected = assertThrows(EditRejectedException.class,
                () -> bench.history().execute(edit.get()));
        assertTrue(rejected.getMessage().startsWith(message), rejected.getMessage());
    }

    private static List<UUID> itemsOf(WorkspaceContent content, Priority priority) {
        return content.linksOf(priority.id()).stream().map(Link::planItemId).toList();
    }
}
