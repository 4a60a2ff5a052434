package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupReason;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk backups} and {@code crosswalk restore} on a real sample and its real backup. */
class BackupsCommandTest {
    @TempDir
    Path home;

    private Cli cli;
    private Path sample;
    private Backup backup;
    private int themes;

    @BeforeEach
    void sampleWithABackupAndALaterTheme() throws Exception {
        cli = new Cli(home);
        sample = home.resolve("sample.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
        try (Workspace workspace = cli.wiring().files().open(sample, false)) {
            themes = workspace.load().themes().size();
            backup = cli.wiring().backups().make(workspace, BackupReason.ON_OPEN);
            workspace.history().execute(OutlineEdits.addTheme(workspace.load().board().id(), UUID.randomUUID(),
                    "Added after the backup"));
        }
    }

    @Test
    void listsTheBackupsWithWhatTheyHold() throws Exception {
        Cli.Result result = cli.run("backups", sample.toString());
        assertEquals(0, result.exit(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.size(), result.out());
        assertTrue(lines.get(0).contains("  on open  ") && lines.get(0).contains(themes + " themes, ")
                && lines.get(0).endsWith(backup.file().toString()), lines.get(0));

        JsonNode json = new ObjectMapper().readTree(cli.run("backups", sample.toString(), "--json").out());
        assertEquals(1, json.size());
        assertEquals("on open", json.get(0).get("reason").asText());
        assertEquals(themes, json.get(0).get("themes").asInt());
        assertEquals(backup.file().toString(), json.get(0).get("file").asText());
    }

    @Test
    void restoreBringsTheBackupBackAndKeepsWhatWasThere() throws Exception {
        Cli.Result result = cli.run("restore", sample.toString(), backup.file().toString());

        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Restored “sample.crosswalk” from " + backup.file().getFileName()),
                result.out());
        try (Workspace restored = cli.wiring().files().open(sample, true)) {
            assertEquals(themes, restored.load().themes().size());
        }
        List<Backup> listed = cli.wiring().backups().listFor(sample);
        assertEquals(BackupReason.BEFORE_RESTORE, listed.get(0).reason());
        assertEquals(themes + 1, cli.wiring().backups().summarize(listed.get(0)).themes());
    }

    @Test
    void restoreIsRefusedWhileTheWorkspaceIsOpen() throws Exception {
        try (Workspace open = cli.wiring().files().open(sample, false)) {
            Cli.Result result = cli.run("restore", sample.toString(), backup.file().toString());
            assertEquals(1, result.exit(), result::toString);
            assertTrue(result.err().startsWith("“sample.crosswalk” is open in Crosswalk, so nothing was restored."),
                    result.err());
            assertTrue(result.errIsPlain());
            assertEquals(themes + 1, open.load().themes().size());
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        Path other = Files.copy(sample, home.resolve("other.crosswalk"));
        Cli.Result result = cli.run("restore", sample.toString(), other.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().startsWith("“other.crosswalk” is not a Crosswalk backup"), result.err());
    }
}
