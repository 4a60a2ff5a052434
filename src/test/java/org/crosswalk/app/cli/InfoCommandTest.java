package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {
    @TempDir
    Path home;

    private Cli cli;
    private Path sample;
    private SampleFacts facts;

    @BeforeEach
    void writeSample() {
        cli = new Cli(home);
        sample = home.resolve("sample.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
        facts = SampleFacts.read();
    }

    @Test
    void printsBoardTitleSchemaPlansAndCounts() {
        Cli.Result result = cli.run("info", sample.toString());

        assertEquals(0, result.exit(), result::toString);
        assertEquals("", result.err());
        assertEquals(List.of(
                "File:           " + sample.toAbsolutePath(),
                "Board:          Oxfordshire Health Improvement Board",
                "Title:          Oxfordshire Health Improvement Board — NHS Long Term Plan mapping (February 2019)",
                "Schema version: " + cli.wiring().files().schemaVersion(),
                "Plans:          1",
                "  NHS LTP: The NHS Long Term Plan (January 2019), " + facts.planItems() + " items",
                "Themes:         " + facts.themes(),
                "Priorities:     " + facts.priorities(),
                "Sub-items:      " + facts.subItems(),
                "Links:          " + facts.links(),
                "No mention:     " + facts.noMention() + " (priorities the plan does not mention)",
                "Not yet mapped: 0 (priorities with neither links nor “no mention”)"),
                result.out().lines().toList());
    }

    @Test
    void jsonHasTheSameFacts() throws Exception {
        Cli.Result result = cli.run("info", "--json", sample.toString());

        assertEquals(0, result.exit(), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(sample.toAbsolutePath().toString(), json.get("file").asText());
        assertEquals("Oxfordshire Health Improvement Board", json.get("board").asText());
        assertTrue(json.get("title").asText().endsWith("(February 2019)"));
        assertEquals(cli.wiring().files().schemaVersion(), json.get("schemaVersion").asInt());
        JsonNode plan = json.get("plans").get(0);
        assertEquals("NHS LTP", plan.get("label").asText());
        assertEquals("The NHS Long Term Plan", plan.get("title").asText());
        assertEquals("January 2019", plan.get("edition").asText());
        assertEquals(facts.planItems(), plan.get("items").asInt());
        JsonNode counts = json.get("counts");
        assertEquals(1, counts.get("plans").asInt());
        assertEquals(facts.themes(), counts.get("themes").asInt());
        assertEquals(facts.priorities(), counts.get("priorities").asInt());
        assertEquals(facts.subItems(), counts.get("subItems").asInt());
        assertEquals(facts.links(), counts.get("links").asInt());
        assertEquals(facts.noMention(), counts.get("noMention").asInt());
        assertEquals(0, counts.get("unmapped").asInt());
    }

    @Test
    void worksWhileTheWorkspaceIsOpenForEditingAndSeesCommittedEdits() throws Exception {
        try (Workspace open = cli.wiring().files().open(sample, false)) {
            WorkspaceContent content = open.load();
            Priority noMention = content.priorities().stream().filter(Priority::isNoMention).findFirst().orElseThrow();
            open.history().execute(LinkEdits.clearNoMention(noMention.id()));
            open.history().execute(OutlineEdits.addPriority(content.themes().get(0).id(), UUID.randomUUID(),
                    "A new priority"));

            Cli.Result result = cli.run("info", "--json", sample.toString());

            assertEquals(0, result.exit(), result::toString);
            JsonNode counts = new ObjectMapper().readTree(result.out()).get("counts");
            assertEquals(facts.priorities() + 1, counts.get("priorities").asInt());
            assertEquals(facts.noMention() - 1, counts.get("noMention").asInt());
            assertEquals(2, counts.get("unmapped").asInt(), "the cleared one and the new one");
        }
    }

    @Test
    void neverChangesTheFile() throws Exception {
        byte[] before = Files.readAllBytes(sample);

        assertEquals(0, cli.run("info", sample.toString()).exit());

        assertArrayEquals(before, Files.readAllBytes(sample));
    }

    @Test
    void aMissingFileIsBadInputWithAPlainMessage() {
        Cli.Result result = cli.run("info", home.resolve("nowhere.crosswalk").toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("“nowhere.crosswalk” was not found"), result::toString);
        assertTrue(result.errIsPlain(), result::toString);
    }

    @Test
    void aFileThatIsNotAWorkspaceIsBadInput() throws Exception {
        Path text = Files.writeString(home.resolve("notes.crosswalk"), "Minutes of the meeting");

        Cli.Result result = cli.run("info", text.toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.err().contains("is not a Crosswalk workspace"), result::toString);
        assertTrue(result.errIsPlain(), result::toString);
    }

    @Test
    void aTruncatedWorkspaceIsReportedDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(sample);
        Path cut = Files.write(home.resolve("cut.crosswalk"), Arrays.copyOf(whole, whole.length / 2));

        Cli.Result result = cli.run("info", cut.toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.err().contains("is damaged"), result::toString);
        assertTrue(result.errIsPlain(), result::toString);
    }

    @Test
    void theFileIsRequired() {
        Cli.Result result = cli.run("info");

        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("FILE"), result::toString);
    }
}
