package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.snapshot.Snapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk snapshots}, {@code compare} and {@code export --snapshot} on a real sample. */
class SnapshotCommandsTest {
    private static final String FEBRUARY = "As presented to the HIB on 14 February 2019";

    @TempDir
    Path home;

    private Cli cli;
    private Path sample;
    private String removedItem;

    @BeforeEach
    void sampleWithASnapshotAndLaterEdits() throws Exception {
        cli = new Cli(home);
        sample = home.resolve("sample.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
        try (Workspace workspace = cli.wiring().files().open(sample, false)) {
            Snapshots.take(workspace, FEBRUARY);
            WorkspaceContent then = workspace.load();
            Priority smoking = then.priorities().stream().filter(p -> p.title().equals("Reduce smoking prevalence"))
                    .findFirst().orElseThrow();
            Link link = then.linksOf(smoking.id()).get(0);
            removedItem = then.item(link.planItemId()).orElseThrow().number();
            workspace.history().execute(OutlineEdits.renamePriority(smoking.id(), "Tobacco-free Oxfordshire"));
            workspace.history().execute(LinkEdits.unlink(link.id()));
        }
    }

    @Test
    void listsTheSnapshots() throws Exception {
        Cli.Result result = cli.run("snapshots", sample.toString());
        assertEquals(0, result.exit(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.size(), result.out());
        assertTrue(lines.get(0).startsWith("  1  ") && lines.get(0).endsWith(FEBRUARY)
                && lines.get(0).contains(" priorities, "), lines.get(0));

        JsonNode json = new ObjectMapper().readTree(cli.run("snapshots", sample.toString(), "--json").out());
        assertEquals(1, json.size());
        assertEquals(FEBRUARY, json.get(0).get("name").asText());
        assertEquals(1, json.get(0).get("number").asInt());
    }

    @Test
    void comparesBySnapshotNumberOrName() throws Exception {
        Cli.Result result = cli.run("compare", sample.toString(), "1");
        assertEquals(0, result.exit(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Since snapshot 1 “" + FEBRUARY + "”") && lines.get(0).endsWith("2 changes."),
                lines.get(0));
        assertEquals("  Priority reworded — Tobacco-free Oxfordshire: was “Reduce smoking prevalence”", lines.get(1));
        assertTrue(lines.get(2).startsWith("  Link removed — Tobacco-free Oxfordshire: " + removedItem + " (NHS LTP"),
                lines.get(2));

        JsonNode json = new ObjectMapper().readTree(cli.run("compare", sample.toString(), FEBRUARY, "--json").out());
        assertEquals(FEBRUARY, json.get("snapshot").asText());
        assertEquals(List.of("Priority reworded", "Link removed"),
                json.get("changes").findValuesAsText("kind"));
    }

    @Test
    void exportsThePaperAsItWasWhenTheSnapshotWasTaken() throws Exception {
        Path then = home.resolve("then.docx");
        Cli.Result result = cli.run("export", sample.toString(), "--snapshot", FEBRUARY, "--out", then.toString());
        assertEquals(0, result.exit(), result::toString);
        String thenText = ExportedTexts.text(then, "docx");
        assertTrue(thenText.contains("Reduce smoking prevalence"), "the snapshot's wording");
        assertFalse(thenText.contains("Tobacco-free Oxfordshire"), "not today's wording");

        Path now = home.resolve("now.docx");
        assertEquals(0, cli.run("export", sample.toString(), "--out", now.toString()).exit());
        assertTrue(ExportedTexts.text(now, "docx").contains("Tobacco-free Oxfordshire"));
    }

    @Test
    void writesTheProgressReportWithTheChangesSinceASnapshot() throws Exception {
        Path report = home.resolve("progress.pdf");
        String before = org.crosswalk.store.StoreFixtures.sha256(sample);
        Cli.Result result = cli.run("export", sample.toString(), "--progress", "--since", "1", "--out",
                report.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Wrote the progress report as a PDF document " + report), result.out());
        assertTrue(result.out().contains(" not reported; none overdue; 2 changes since the snapshot)."), result.out());
        String text = ExportedTexts.text(report, "pdf").replaceAll("\\s+", " ");
        assertTrue(text.contains("Changes since ‘" + FEBRUARY + "’"), text);
        assertTrue(text.contains("Priority reworded"), text);
        assertTrue(text.contains("Tobacco-free Oxfordshire"), text);
        assertEquals(before, org.crosswalk.store.StoreFixtures.sha256(sample), "the workspace is only read");
    }

    @Test
    void sinceWithoutTheProgressReportIsExplained() {
        Cli.Result result = cli.run("export", sample.toString(), "--since", "1", "--out",
                home.resolve("paper.docx").toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--since belongs to the progress report: add --progress."), result.err());
        assertFalse(java.nio.file.Files.exists(home.resolve("paper.docx")));
    }

    @Test
    void aDamagedSnapshotIsExplainedAndNothingChanges() throws Exception {
        try (java.sql.Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:" + sample);
             java.sql.Statement statement = raw.createStatement()) {
            statement.executeUpdate("UPDATE snapshot SET content = '{\"board\": 12'");
        }
        String before = org.crosswalk.store.StoreFixtures.sha256(sample);
        Cli.Result result = cli.run("compare", sample.toString(), "1");
        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.errIsPlain(), result.err());
        assertTrue(result.err().startsWith("Snapshot ‘" + FEBRUARY + "’ cannot be read: what it kept has been damaged "
                + "in the file. The table itself is not affected."), result.err());
        assertEquals(before, org.crosswalk.store.StoreFixtures.sha256(sample), "the file is only read");
        assertEquals(0, cli.run("snapshots", sample.toString()).exit(), "the list still works");
    }

    @Test
    void anUnknownSnapshotIsExplainedWithTheOnesThatExist() {
        Cli.Result result = cli.run("compare", sample.toString(), "March");
        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.errIsPlain(), result.err());
        assertTrue(result.err().contains("There is no snapshot “March” in sample.crosswalk. Give one of these numbers "
                + "or names: 1 “" + FEBRUARY + "”."), result.err());
    }
}
