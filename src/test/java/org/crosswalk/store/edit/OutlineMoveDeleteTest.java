package org.crosswalk.store.edit;

import static org.crosswalk.store.edit.EditBench.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reordering and deleting parts of the outline, and getting them back with undo. */
class OutlineMoveDeleteTest {
    private static final String PREVENT = "Keeping Yourself Healthy / Prevent";
    private static final String REDUCE = "Reducing the impact of ill health (Reduce)";
    private static final String PLACES = "Shaping Healthy Places and Communities";

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
    void moveTheme() throws Exception {
        Theme places = bench.theme(PLACES);
        bench.roundTrip(OutlineEdits.moveTheme(places.id(), 0), "Move theme ‘Shaping Healthy Places and Communities’",
                after -> assertEquals(List.of(PLACES, PREVENT, REDUCE),
                        after.themes().stream().map(Theme::title).toList()));
    }

    @Test
    void movePriorityWithinItsTheme() throws Exception {
        Theme prevent = bench.theme(PREVENT);
        Priority immunisation = bench.priority("Immunisation");
        bench.roundTrip(OutlineEdits.movePriority(immunisation.id(), prevent.id(), 1), "Move priority ‘Immunisation’",
                after -> assertEquals(List.of("Reduce Physical Inactivity / Promote Physical Activity", "Immunisation",
                        "Enable people to eat healthily", "Reduce smoking prevalence", "Promote Mental Wellbeing",
                        "Tackle wider determinants of health"), titles(after.prioritiesOf(prevent.id()))));
    }

    @Test
    void movePriorityToAnotherThemeKeepsItsLinksAndSubItems() throws Exception {
        Theme prevent = bench.theme(PREVENT);
        Theme places = bench.theme(PLACES);
        Priority smoking = bench.priority("Reduce smoking prevalence");
        WorkspaceContent before = bench.content();
        bench.roundTrip(OutlineEdits.movePriority(smoking.id(), places.id(), 1),
                "Move priority ‘Reduce smoking prevalence’", after -> {
                    assertEquals(List.of("Reduce Physical Inactivity / Promote Physical Activity",
                            "Enable people to eat healthily", "Promote Mental Wellbeing",
                            "Tackle wider determinants of health", "Immunisation"),
                            titles(after.prioritiesOf(prevent.id())));
                    assertEquals(List.of("Healthy Environment and Housing Development", "Reduce smoking prevalence",
                            "Social Prescribing", "Making Every Contact Count, Campaigns"),
                            titles(after.prioritiesOf(places.id())));
                    assertEquals(before.linksOf(smoking.id()), after.linksOf(smoking.id()));
                });
    }

    @Test
    void movePriorityPastTheEndGoesLast() throws Exception {
        Theme reduce = bench.theme(REDUCE);
        Priority immunisation = bench.priority("Immunisation");
        bench.roundTrip(OutlineEdits.movePriority(immunisation.id(), reduce.id(), 99), "Move priority ‘Immunisation’",
                after -> assertEquals("Immunisation", titles(after.prioritiesOf(reduce.id())).get(4)));
    }

    @Test
    void moveSubItemWithinAndAcrossPriorities() throws Exception {
        Priority alcohol = bench.priority("Alcohol advice and treatment");
        SubItem services = bench.subItem("Alcohol treatment services");
        bench.roundTrip(OutlineEdits.moveSubItem(services.id(), alcohol.id(), 0),
                "Move sub-item ‘Alcohol treatment services’", after -> assertEquals(List.of(
                        "Alcohol treatment services", "Identification and brief advice on harmful drinking",
                        "Alcohol liaison in hospitals"), after.subItemsOf(alcohol.id()).stream().map(SubItem::text)
                        .toList()));

        Priority screening = bench.priority("Screening for early awareness of risk");
        SubItem liaison = bench.subItem("Alcohol liaison in hospitals");
        bench.roundTrip(OutlineEdits.moveSubItem(liaison.id(), screening.id(), 1),
                "Move sub-item ‘Alcohol liaison in hospitals’", after -> {
                    assertEquals(List.of("NHS Health Checks", "Alcohol liaison in hospitals",
                            "Cancer screening programmes (e.g. Bowel, cervical, breast screening)"),
                            after.subItemsOf(screening.id()).stream().map(SubItem::text).toList());
                    assertEquals(2, after.subItemsOf(alcohol.id()).size());
                });
    }

    @Test
    void deleteThemeRemovesItsPrioritiesSubItemsAndLinks() throws Exception {
        Theme reduce = bench.theme(REDUCE);
        List<Priority> priorities = bench.content().prioritiesOf(reduce.id());
        bench.roundTrip(OutlineEdits.deleteTheme(reduce.id()),
                "Delete theme ‘Reducing the impact of ill health (Redu…’", after -> {
                    assertEquals(List.of(PREVENT, PLACES), after.themes().stream().map(Theme::title).toList());
                    assertEquals(List.of(0, 1), after.themes().stream().map(Theme::position).toList());
                    for (Priority priority : priorities) {
                        assertTrue(after.priority(priority.id()).isEmpty());
                        assertEquals(List.of(), after.subItemsOf(priority.id()));
                        assertEquals(List.of(), after.linksOf(priority.id()));
                    }
                    assertEquals(9, after.priorities().size());
                    assertEquals(18, after.links().size());
                });
    }

    @Test
    void undoOfDeleteThemeRestoresSameIdsPositionsAndCreatedAt() throws Exception {
        Theme reduce = bench.theme(REDUCE);
        Priority screening = bench.priority("Screening for early awareness of risk");
        Map<String, Object> screeningRow = bench.row("priority", screening.id());
        Map<String, List<Map<String, Object>>> before = StoreFixtures.dump(bench.file);
        WorkspaceContent content = bench.content();

        bench.clock.advance(Duration.ofHours(2));
        bench.history().execute(OutlineEdits.deleteTheme(reduce.id()));
        assertEquals(2, bench.content().themes().size());
        bench.clock.advance(Duration.ofHours(2));
        bench.history().undo();

        Map<String, List<Map<String, Object>>> after = StoreFixtures.dump(bench.file);
        for (String table : List.of("theme", "priority", "sub_item", "link")) {
            assertEquals(before.get(table), after.get(table), table);
        }
        assertEquals(screeningRow, bench.row("priority", screening.id()));
        assertEquals(1L, ((Number) screeningRow.get("position")).longValue());
        assertEquals("2019-02-14T09:30:00Z", screeningRow.get("created_at"));
        EditBench.assertSameContent(content, bench.content(), "after undo");
    }

    @Test
    void deletePriority() throws Exception {
        Theme prevent = bench.theme(PREVENT);
        Priority smoking = bench.priority("Reduce smoking prevalence");
        bench.roundTrip(OutlineEdits.deletePriority(smoking.id()), "Delete priority ‘Reduce smoking prevalence’",
                after -> {
                    assertEquals(List.of("Reduce Physical Inactivity / Promote Physical Activity",
                            "Enable people to eat healthily", "Promote Mental Wellbeing",
                            "Tackle wider determinants of health", "Immunisation"),
                            titles(after.prioritiesOf(prevent.id())));
                    assertEquals(List.of(), after.linksOf(smoking.id()));
                    assertEquals(23, after.links().size());
                });
    }

    @Test
    void deleteSubItem() throws Exception {
        Priority alcohol = bench.priority("Alcohol advice and treatment");
        SubItem first = bench.subItem("Identification and brief advice on harmful drinking");
        bench.roundTrip(OutlineEdits.deleteSubItem(first.id()),
                "Delete sub-item ‘Identification and brief advice on harm…’", after -> {
                    List<SubItem> rest = after.subItemsOf(alcohol.id());
                    assertEquals(List.of("Alcohol liaison in hospitals", "Alcohol treatment services"),
                            rest.stream().map(SubItem::text).toList());
                    assertEquals(List.of(0, 1), rest.stream().map(SubItem::position).toList());
                });
    }
}
