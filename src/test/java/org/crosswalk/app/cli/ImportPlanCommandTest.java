package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk import-plan}: the shared LTP excerpt PDF, dry runs, JSON, and files it cannot read. */
class ImportPlanCommandTest {
    @TempDir
    Path home;
    private Cli cli;
    private Path sample;
    private Path pdf;

    @BeforeEach
    void writeSampleAndPlan() throws Exception {
        cli = new Cli(home);
        sample = home.resolve("oxon.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
        pdf = home.resolve("ltp-excerpt.pdf");
        try (InputStream in = getClass().getResourceAsStream("/org/crosswalk/plans/reading/ltp-excerpt.pdf")) {
            Files.copy(in, pdf, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void importAddsThePlanWithItsParagraphsPagesAndSections() throws Exception {
        Cli.Result result = cli.run("import-plan", sample.toString(), pdf.toString(), "--title",
                "NHS Long Term Plan (extract)", "--label", "LTP extract", "--edition", "January 2019");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("107 numbered paragraphs"), result.out());
        assertTrue(result.out().contains("Added “NHS Long Term Plan (extract)”"), result.out());
        try (Workspace workspace = cli.wiring().files().open(sample, true)) {
            WorkspaceContent content = workspace.load();
            Plan plan = content.plans().stream().filter(p -> p.label().equals("LTP extract")).findFirst().orElseThrow();
            assertEquals("January 2019", plan.edition());
            PlanItem item = content.items().stream()
                    .filter(i -> i.planId().equals(plan.id()) && "2.18".equals(i.number())).findFirst().orElseThrow();
            assertEquals(34, item.page());
            assertTrue(item.text().startsWith("The NHS will continue to take action on healthy NHS premises."));
            assertTrue(content.items().stream().anyMatch(i -> i.planId().equals(plan.id())
                    && i.kind() == ItemKind.CASE_STUDY));
            assertEquals(2, content.plans().size(), "the built-in plan stays beside it");
        }
    }

    @Test
    void dryRunWithJsonPrintsTheItemsAndSavesNothing() throws Exception {
        byte[] before = Files.readAllBytes(sample);
        Cli.Result result = cli.run("import-plan", sample.toString(), pdf.toString(), "--dry-run", "--json");
        assertEquals(0, result.exit(), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(false, json.get("saved").asBoolean());
        assertEquals("NHS LTP", json.get("label").asText(), "label suggested from the document's title");
        JsonNode first = json.get("items").get(0);
        assertEquals("prose", first.get("kind").asText());
        JsonNode p218 = null;
        for (JsonNode item : json.get("items")) {
            if ("2.18".equals(item.get("number").asText(null))) {
                p218 = item;
            }
        }
        assertEquals(34, p218.get("printed_page").asInt());
        assertEquals(35, p218.get("continues_to_printed_page").asInt());
        assertEquals("2", p218.get("chapter").asText());
        assertEquals("Obesity", p218.get("section").asText());
        assertEquals("paragraph", p218.get("kind").asText());
        assertArrayEquals(before, Files.readAllBytes(sample), "a dry run leaves the workspace as it was");
    }

    @Test
    void aPlanWithTheLabelOfOneAlreadyThereComesInAsItsNewEditionWithLinksCarriedOrFlagged() throws Exception {
        int links;
        try (Workspace workspace = cli.wiring().files().open(sample, true)) {
            links = workspace.load().links().size();
        }
        Cli.Result preview = cli.run("import-plan", sample.toString(), pdf.toString(), "--label", "NHS LTP",
                "--dry-run", "--json");
        assertEquals(0, preview.exit(), preview::toString);
        JsonNode edition = new ObjectMapper().readTree(preview.out()).get("new_edition_of");
        int carried = edition.get("links_carried").asInt();
        int review = edition.get("links_changed").asInt() + edition.get("links_not_found").asInt();
        assertEquals(links, carried + review, "every link of the sample is accounted for");
        assertTrue(carried > 0, "quoted paragraphs with the same text carry over: " + edition);

        Cli.Result result = cli.run("import-plan", sample.toString(), pdf.toString(), "--label", "NHS LTP",
                "--edition", "extract");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("A new edition of “"), result.out());
        try (Workspace workspace = cli.wiring().files().open(sample, true)) {
            WorkspaceContent content = workspace.load();
            Plan newer = content.plans().stream().filter(p -> "extract".equals(p.edition())).findFirst().orElseThrow();
            assertTrue(newer.replacesPlanId() != null);
            assertEquals(links, content.links().size());
            assertEquals(review, content.links().stream().filter(l -> l.review() != org.crosswalk.model.LinkReview.NONE)
                    .count());
            assertEquals(carried, content.links().stream().filter(l -> content.item(l.planItemId())
                    .map(i -> i.planId().equals(newer.id())).orElse(false) && l.review()
                    == org.crosswalk.model.LinkReview.NONE).count());
        }
    }

    @Test
    void aTextPlanIsReadTheSameWay() throws Exception {
        Path text = home.resolve("plan.txt");
        Files.writeString(text, "Chapter 1: Prevention\n\nSmoking\n\n1.1. We will help people stop smoking.\n\n"
                + "1.2. Every hospital will offer tobacco treatment:\n\n• on admission;\n• on discharge.\n\n"
                + "1.3. Progress will be published.\n");
        Cli.Result result = cli.run("import-plan", sample.toString(), text.toString(), "--dry-run", "--json");
        assertEquals(0, result.exit(), result::toString);
        JsonNode items = new ObjectMapper().readTree(result.out()).get("items");
        assertEquals(3, items.size(), result.out());
        assertEquals("1.2", items.get(1).get("number").asText());
        assertEquals("Smoking", items.get(1).get("section").asText());
        assertEquals("Every hospital will offer tobacco treatment:\n• on admission;\n• on discharge.",
                items.get(1).get("text").asText());
    }

    @Test
    void aFileThatIsNotAPlanGivesAPlainMessageAndChangesNothing() throws Exception {
        Path notes = home.resolve("notes.pdf");
        Files.writeString(notes, "");
        byte[] before = Files.readAllBytes(sample);
        Cli.Result result = cli.run("import-plan", sample.toString(), notes.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.errIsPlain(), result::toString);
        assertTrue(result.err().contains("Nothing was imported from “notes.pdf”. The file is empty."), result.err());
        assertArrayEquals(before, Files.readAllBytes(sample));
    }
}
