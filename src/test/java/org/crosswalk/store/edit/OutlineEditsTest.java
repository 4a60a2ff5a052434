package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, renaming and annotating the board's themes, priorities and sub-items. */
class OutlineEditsTest {
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
    void renameBoard() throws Exception {
        UUID board = bench.content().board().id();
        bench.roundTrip(OutlineEdits.renameBoard(board, " Oxfordshire Health and Wellbeing Board ", " 2019 map "),
                "Rename board to ‘Oxfordshire Health and Wellbeing Board’", after -> {
                    assertEquals("Oxfordshire Health and Wellbeing Board", after.board().name());
                    assertEquals("2019 map", after.board().title());
                });
    }

    @Test
    void addTheme() throws Exception {
        UUID board = bench.content().board().id();
        UUID id = UUID.randomUUID();
        bench.roundTrip(OutlineEdits.addTheme(board, id, "  Healthy ageing "), "Add theme ‘Healthy ageing’",
                after -> {
                    assertEquals(4, after.themes().size());
                    assertEquals(new Theme(id, board, "Healthy ageing", 3), after.themes().get(3));
                });
    }

    @Test
    void addPriority() throws Exception {
        Theme prevent = bench.theme("Keeping Yourself Healthy / Prevent");
        UUID id = UUID.randomUUID();
        bench.roundTrip(OutlineEdits.addPriority(prevent.id(), id, "Reduce loneliness"),
                "Add priority ‘Reduce loneliness’", after -> {
                    List<Priority> priorities = after.prioritiesOf(prevent.id());
                    assertEquals(7, priorities.size());
                    assertEquals(new Priority(id, prevent.id(), "Reduce loneliness", "", null, 6),
                            priorities.get(6));
                    assertEquals(List.of(), after.linksOf(id));
                });
    }

    @Test
    void addSubItem() throws Exception {
        Priority wider = bench.priority("Tackle wider determinants of health");
        UUID id = UUID.randomUUID();
        bench.roundTrip(OutlineEdits.addSubItem(wider.id(), id, "Fuel poverty"), "Add sub-item ‘Fuel poverty’",
                after -> assertEquals(List.of("Housing and homelessness", "Air Quality", "Fuel poverty"),
                        after.subItemsOf(wider.id()).stream().map(SubItem::text).toList()));
    }

    @Test
    void renameTheme() throws Exception {
        Theme prevent = bench.theme("Keeping Yourself Healthy / Prevent");
        bench.roundTrip(OutlineEdits.renameTheme(prevent.id(), "Prevent"),
                "Rename theme ‘Keeping Yourself Healthy / Prevent’ to ‘Prevent’",
                after -> assertEquals(new Theme(prevent.id(), prevent.boardId(), "Prevent", 0),
                        after.theme(prevent.id()).orElseThrow()));
    }

    @Test
    void renamePriority() throws Exception {
        Priority activity = bench.priority("Reduce Physical Inactivity / Promote Physical Activity");
        bench.roundTrip(OutlineEdits.renamePriority(activity.id(), "Promote physical activity"),
                "Rename priority ‘Reduce Physical Inactivity / Promote Ph…’ to ‘Promote physical activity’",
                after -> {
                    Priority renamed = after.priority(activity.id()).orElseThrow();
                    assertEquals("Promote physical activity", renamed.title());
                    assertEquals(activity.noMention(), renamed.noMention());
                    assertEquals(activity.position(), renamed.position());
                });
    }

    @Test
    void editSubItem() throws Exception {
        SubItem air = bench.subItem("Air Quality");
        bench.roundTrip(OutlineEdits.editSubItem(air.id(), "Air quality and clean transport"),
                "Rename sub-item ‘Air Quality’ to ‘Air quality and clean transport’",
                after -> assertEquals("Air quality and clean transport", after.subItem(air.id()).orElseThrow().text()));
    }

    @Test
    void setPriorityNote() throws Exception {
        Priority immunisation = bench.priority("Immunisation");
        bench.roundTrip(OutlineEdits.setPriorityNote(immunisation.id(), " Led by the Health Protection group. "),
                "Edit note of ‘Immunisation’", after -> assertEquals("Led by the Health Protection group.",
                        after.priority(immunisation.id()).orElseThrow().note()));
    }

    @Test
    void setPriorityLead() throws Exception {
        Priority immunisation = bench.priority("Immunisation");
        assertEquals("", immunisation.lead(), "no lead until one is named");
        bench.roundTrip(OutlineEdits.setPriorityLead(immunisation.id(), " Director of Public Health "),
                "Edit lead of ‘Immunisation’", after -> assertEquals("Director of Public Health",
                        after.priority(immunisation.id()).orElseThrow().lead()));
    }
}
