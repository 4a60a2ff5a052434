package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk import-priorities}: Excel, CSV and Word into the sample; dry runs, JSON, bad files. */
class ImportPrioritiesCommandTest {
    @TempDir
    Path home;
    private Cli cli;
    private Path sample;

    @BeforeEach
    void writeSample() {
        cli = new Cli(home);
        sample = home.resolve("oxon.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
    }

    @Test
    void importsWhatIsNewAndSaysWhatExistedAndWhatWasLeftOut() throws Exception {
        Path csv = TableFixtures.csv(home.resolve("new.csv"), Charset.forName("windows-1252"), ",", List.of(
                List.of("Theme", "Priority", "Sub-items", "Lead"),
                List.of("Healthy places", "Warm homes", "Insulation grants £", "Housing lead"),
                List.of("", "Immunisation", "", ""),
                List.of("", "", "Orphan", "")));
        Cli.Result result = cli.run("import-priorities", sample.toString(), csv.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Created: 1 theme, 1 priority, 1 sub-item."), result.out());
        assertTrue(result.out().contains("Already in the workspace: 0 themes, 1 priority, 0 sub-items."),
                result.out());
        assertTrue(result.out().contains("Row 4 has a sub-item but no priority: it was left out."), result.out());
        try (Workspace workspace = cli.wiring().files().open(sample, true)) {
            WorkspaceContent content = workspace.load();
            assertEquals("Housing lead", content.priorities().stream().filter(p -> p.title().equals("Warm homes"))
                    .findFirst().orElseThrow().lead());
        }
        Cli.Result again = cli.run("import-priorities", sample.toString(), csv.toString());
        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().contains("is already in oxon.crosswalk: nothing was imported."), again.out());
    }

    @Test
    void whatIsAlreadyThereIsReportedWhileTheWorkspaceIsOpenInAWindow() throws Exception {
        Path same = TableFixtures.csv(home.resolve("same.csv"), Charset.forName("UTF-8"), ",", List.of(
                List.of("Theme", "Priority"),
                List.of("Keeping Yourself Healthy / Prevent", "Immunisation")));
        Path more = TableFixtures.csv(home.resolve("more.csv"), Charset.forName("UTF-8"), ",", List.of(
                List.of("Theme", "Priority"),
                List.of("Keeping Yourself Healthy / Prevent", "Warm homes")));
        try (Workspace openInAWindow = cli.wiring().files().open(sample, false)) {
            Cli.Result nothingNew = cli.run("import-priorities", sample.toString(), same.toString());
            assertEquals(0, nothingNew.exit(), nothingNew::toString);
            assertTrue(nothingNew.out().contains("is already in oxon.crosswalk: nothing was imported."),
                    nothingNew.out());

            Cli.Result refused = cli.run("import-priorities", sample.toString(), more.toString());
            assertEquals(ExitCodes.BAD_INPUT, refused.exit(), refused::toString);
            assertTrue(refused.err().contains("already open in another Crosswalk window"), refused.err());
        }
    }

    @Test
    void dryRunWithJsonFromAWordOutlineSavesNothing() throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        TableFixtures.heading(document, "Heading1", "Prevent");
        TableFixtures.bullet(document, 1, "Reduce smoking prevalence");
        TableFixtures.bullet(document, 2, "Smokefree playgrounds");
        Path docx = TableFixtures.save(document, home.resolve("strategy.docx"));
        byte[] before = Files.readAllBytes(sample);
        Cli.Result result = cli.run("import-priorities", sample.toString(), docx.toString(), "--dry-run", "--json");
        assertEquals(0, result.exit(), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(false, json.get("saved").asBoolean());
        assertEquals(1, json.get("created").get("themes").asInt());
        assertEquals(1, json.get("existing").get("priorities").asInt());
        JsonNode priority = json.get("themes").get(0).get("priorities").get(0);
        assertEquals("Reduce smoking prevalence", priority.get("title").asText());
        assertEquals(true, priority.get("sub_items").get(0).get("new").asBoolean());
        assertArrayEquals(before, Files.readAllBytes(sample));
    }

    @Test
    void aNamedSheetAndFilesThatCannotBeReadGiveAPlainMessage() throws Exception {
        Path xlsx = TableFixtures.xlsx(home.resolve("p.xlsx"), "Plan", List.of(List.of("Priority"), List.of("Falls")));
        Cli.Result missing = cli.run("import-priorities", sample.toString(), xlsx.toString(), "--sheet", "Other");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("Nothing was imported from “p.xlsx”. “p.xlsx” has no sheet or table called "
                + "“Other”. It has: Plan."), missing.err());
        assertEquals(0, cli.run("import-priorities", sample.toString(), xlsx.toString(), "--sheet", "plan",
                "--dry-run").exit());

        byte[] before = Files.readAllBytes(sample);
        Path secret = TableFixtures.encrypted(home.resolve("secret.xlsx"), Files.readAllBytes(xlsx));
        Cli.Result locked = cli.run("import-priorities", sample.toString(), secret.toString());
        assertEquals(1, locked.exit());
        assertTrue(locked.err().contains("protected by a password"), locked.err());
        assertTrue(locked.errIsPlain(), locked.err());
        Path notes = Files.writeString(home.resolve("notes.txt"), "just some words\n");
        Cli.Result noTable = cli.run("import-priorities", sample.toString(), notes.toString());
        assertEquals(1, noTable.exit());
        assertTrue(noTable.err().contains("No column headed “Priority” was found"), noTable.err());
        assertArrayEquals(before, Files.readAllBytes(sample), "the workspace is unchanged");
    }
}
