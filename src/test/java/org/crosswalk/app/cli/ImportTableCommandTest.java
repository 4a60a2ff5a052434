package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.PlanEdits;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk import-table}: a board's Word table, dry runs, JSON, what is not matched, bad files. */
class ImportTableCommandTest {
    @TempDir
    Path home;
    private Cli cli;
    private Path workspace;
    private Path paper;

    @BeforeEach
    void writeWorkspaceAndPaper() throws Exception {
        cli = new Cli(home);
        workspace = home.resolve("board.crosswalk");
        try (Workspace created = cli.wiring().files().create(workspace, "Test board", "")) {
            created.history().execute(PlanEdits.addPlan(cli.wiring().catalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN)));
        }
        var document = TableFixtures.wordDocument();
        TableFixtures.table(document, List.of("HIB Priority", "NHS Long Term Plan objective"), List.of(
                List.of("Keeping Yourself Healthy / Prevent"),
                List.of("Reduce smoking prevalence\n• Smoke-free pregnancy", "2.9. First, the NHS will … (NHS LTP p. 35)"
                        + "\n2.99. A paragraph the plan lacks (NHS LTP p. 35)"),
                List.of("Reduce Physical Inactivity", "No specific mention in the Long Term Plan.")));
        paper = TableFixtures.save(document, home.resolve("HIB paper.docx"));
    }

    @Test
    void importsTheTableAndListsWhatItCouldNotMatch() throws Exception {
        Cli.Result result = cli.run("import-table", workspace.toString(), paper.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("+ priority Reduce smoking prevalence: +2.9"), result.out());
        assertTrue(result.out().contains("Created 1 theme, 2 priorities, 1 sub-item, 1 link, 1 “no mention” "
                + "statement in board.crosswalk (one step to undo)."), result.out());
        assertTrue(result.out().contains("Not matched (1), check these by hand:"), result.out());
        assertTrue(result.out().contains("row 3: paragraph 2.99 is not in NHS LTP: “2.99. A paragraph the plan lacks "
                + "(NHS LTP p. 35)”"), result.out());
        try (Workspace opened = cli.wiring().files().open(workspace, true)) {
            WorkspaceContent content = opened.load();
            assertEquals(2, content.priorities().size());
            assertEquals(1, content.links().size());
        }
        Cli.Result again = cli.run("import-table", workspace.toString(), paper.toString());
        assertTrue(again.out().contains("is in board.crosswalk already: nothing was changed."), again.out());
    }

    @Test
    void dryRunWithJsonSavesNothing() throws Exception {
        byte[] before = Files.readAllBytes(workspace);
        Cli.Result result = cli.run("import-table", workspace.toString(), paper.toString(), "--dry-run", "--json",
                "--plan", "nhs ltp");
        assertEquals(0, result.exit(), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(false, json.get("saved").asBoolean());
        assertEquals("NHS LTP", json.get("plan").asText());
        assertEquals(2, json.get("created").get("priorities").asInt());
        JsonNode smoking = json.get("themes").get(0).get("priorities").get(0);
        assertEquals("2.9", smoking.get("links").get(0).get("number").asText());
        assertEquals("Smoke-free pregnancy", smoking.get("sub_items").get(0).get("text").asText());
        assertEquals("paragraph 2.99 is not in NHS LTP", json.get("unmatched").get(0).get("reason").asText());
        assertArrayEquals(before, Files.readAllBytes(workspace));
    }

    @Test
    void filesWithoutAMappingTableAreRefusedWithAMessage() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.csv"), "Name,Organisation\r\nVal,OCC\r\n",
                StandardCharsets.UTF_8);
        Cli.Result result = cli.run("import-table", workspace.toString(), notes.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().startsWith("Nothing was imported from “notes.csv”. No column of the table"),
                result.err());
        assertTrue(result.errIsPlain(), result.err());

        var document = TableFixtures.wordDocument();
        document.createParagraph().createRun().setText("Only prose, no table.");
        Path prose = TableFixtures.save(document, home.resolve("prose.docx"));
        Cli.Result noTable = cli.run("import-table", workspace.toString(), prose.toString());
        assertEquals(1, noTable.exit(), noTable::toString);
        assertTrue(noTable.err().startsWith("Nothing was imported from “prose.docx”."), noTable.err());

        Cli.Result badPlan = cli.run("import-table", workspace.toString(), paper.toString(), "--plan", "10YHP");
        assertEquals(1, badPlan.exit(), badPlan::toString);
        assertTrue(badPlan.err().contains("The workspace has no plan labelled “10YHP”. Its plans are labelled "
                + "“NHS LTP”."), badPlan.err());
    }
}
