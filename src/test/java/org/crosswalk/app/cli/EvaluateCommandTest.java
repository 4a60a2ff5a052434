package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk evaluate} on the sample: one row per linked priority, overall means, file unchanged. */
class EvaluateCommandTest {
    @TempDir
    Path home;

    @Test
    void everyLinkedPriorityIsScoredAndTheWorkspaceIsUnchanged() throws Exception {
        Cli cli = new Cli(home);
        Path sample = home.resolve("oxon.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
        byte[] before = Files.readAllBytes(sample);
        Cli.Result result = cli.run("evaluate", sample.toString(), "--json");
        assertEquals(0, result.exit(), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(10, json.get("priorities").size(), "the sample's priorities with links");
        double recall = json.get("overall").get("recall_at_10").asDouble();
        assertTrue(recall > 0 && recall <= 1, result.out());
        for (JsonNode row : json.get("priorities")) {
            assertTrue(row.get("recall_at_5").asDouble() <= row.get("recall_at_10").asDouble(), row.toString());
        }
        assertArrayEquals(before, Files.readAllBytes(sample));
        Cli.Result table = cli.run("evaluate", sample.toString());
        assertTrue(table.out().contains("Reduce smoking prevalence"), table.out());
        assertTrue(table.out().contains("Overall (mean of 10 priorities)"), table.out());
    }
}
