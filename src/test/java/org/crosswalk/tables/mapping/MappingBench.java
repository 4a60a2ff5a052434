package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.PlanEdits;

/** Workspaces for the table import tests, and the comparison of two boards' tables. */
final class MappingBench {
    static final String BOARD = "Oxfordshire Health Improvement Board";
    static final String TITLE = "Oxfordshire Health Improvement Board — NHS Long Term Plan mapping (February 2019)";

    private MappingBench() {
    }

    static WorkspaceFiles files() {
        return StoreFixtures.files(new TestClock());
    }

    /** The Oxfordshire sample, open. */
    static Workspace sample(Path dir) throws Exception {
        return StoreFixtures.sample(files(), dir.resolve("Sample.crosswalk"));
    }

    /**
     * The sample with what its own table lacks, so a round trip meets it too: an excerpt, a
     * partial link with a note starting "=", a priority note and lead, a priority nobody has mapped and a
     * theme without priorities.
     */
    static Workspace richerSample(Path dir) throws Exception {
        Workspace workspace = sample(dir);
        WorkspaceContent content = workspace.load();
        Priority food = content.priorities().stream().filter(p -> p.title().equals("Enable people to eat healthily"))
                .findFirst().orElseThrow();
        Link first = content.linksOf(food.id()).get(0);
        var history = workspace.history();
        history.execute(LinkEdits.editLink(first.id(), "The next version of hospital food standards will be "
                + "published in 2019", Relevance.PARTIAL, "=HFSS restrictions, see standards"));
        history.execute(OutlineEdits.setPriorityNote(food.id(), "'Healthy Weight' plan, 2020"));
        history.execute(OutlineEdits.setPriorityLead(food.id(), "+44 Public Health team"));
        UUID newPriority = UUID.randomUUID();
        history.execute(OutlineEdits.addPriority(food.themeId(), newPriority, "Oral health"));
        history.execute(OutlineEdits.addSubItem(newPriority, UUID.randomUUID(), "-Fluoride varnish"));
        history.execute(OutlineEdits.addTheme(content.board().id(), UUID.randomUUID(), "Working together"));
        return workspace;
    }

    /** A workspace with the sample's board and the built-in plan, and nothing of the board's own. */
    static Workspace planOnly(Path dir, String name) throws Exception {
        Workspace workspace = files().create(dir.resolve(name + ".crosswalk"), BOARD, TITLE);
        workspace.history().execute(PlanEdits.addPlan(new PlanCatalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN)));
        return workspace;
    }

    /**
     * The board's table as lines a person can compare: themes, priorities with their "no mention"
     * wording, sub-items, and links (plan item, excerpt, relevance, note) in order.
     */
    static List<String> table(WorkspaceContent content) {
        List<String> lines = new ArrayList<>();
        for (Theme theme : content.themes()) {
            lines.add("theme " + theme.title());
            for (Priority priority : content.prioritiesOf(theme.id())) {
                lines.add("  priority " + priority.title() + (priority.isNoMention() ? " | no mention: "
                        + priority.noMention() : "") + (priority.note().isEmpty() ? "" : " | note: " + priority.note())
                        + (priority.lead().isEmpty() ? "" : " | lead: " + priority.lead()));
                for (SubItem subItem : content.subItemsOf(priority.id())) {
                    lines.add("    sub-item " + subItem.text());
                }
                for (Link link : content.linksOf(priority.id())) {
                    var item = content.item(link.planItemId()).orElseThrow();
                    lines.add("    link " + (item.hasNumber() ? item.number() : "p. " + item.page() + " "
                            + item.text().substring(0, 30)) + " " + link.relevance().code()
                            + (link.hasExcerpt() ? " excerpt: " + link.excerpt() : "")
                            + (link.note().isEmpty() ? "" : " note: " + link.note()));
                }
            }
        }
        return lines;
    }

    static void assertSameTable(WorkspaceContent expected, WorkspaceContent actual) {
        assertEquals(String.join("\n", table(expected)), String.join("\n", table(actual)));
    }
}
