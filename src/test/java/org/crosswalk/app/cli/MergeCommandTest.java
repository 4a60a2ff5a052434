package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk merge} on the real sample and a copy of it edited on "another laptop". */
class MergeCommandTest {
    @TempDir
    Path home;

    private Cli cli;
    private Path master;
    private Path anna;
    private Priority priority;

    @BeforeEach
    void twoCopiesEditedDifferently() throws Exception {
        cli = new Cli(home);
        master = home.resolve("master.crosswalk");
        assertEquals(0, cli.run("sample", "--out", master.toString()).exit());
        anna = home.resolve("anna.crosswalk");
        Files.copy(master, anna);
        WorkspaceContent content = load(master);
        priority = content.priorities().get(0);
        Thread.sleep(5); // the copies part; what follows is later
        edit(master, OutlineEdits.renamePriority(priority.id(), "Wording from the master"));
        edit(anna, OutlineEdits.renamePriority(priority.id(), "Wording from Anna"),
                OutlineEdits.addTheme(content.board().id(), UUID.randomUUID(), "Theme from Anna"));
    }

    @Test
    void listsWhatBothChangedAndChangesNothingWithoutTake() throws Exception {
        Object before = org.crosswalk.store.StoreFixtures.dump(master);
        Object log = org.crosswalk.store.StoreFixtures.scalar(master, "SELECT count(*) FROM change_log");
        Cli.Result result = cli.run("merge", master.toString(), anna.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.out().contains("+ Theme ‘Theme from Anna’"), result.out());
        assertTrue(result.out().contains("Wording: here “Wording from the master”, other copy “Wording from Anna”"),
                result.out());
        assertTrue(result.out().contains("Nothing was changed: 1 differences need a decision"), result.out());
        assertEquals(before, org.crosswalk.store.StoreFixtures.dump(master));
        assertEquals(log, org.crosswalk.store.StoreFixtures.scalar(master, "SELECT count(*) FROM change_log"));
    }

    @Test
    void takeTheirsMergesAndASecondMergeHasNothingToDo() throws Exception {
        Cli.Result dry = cli.run("merge", master.toString(), anna.toString(), "--take", "theirs", "--dry-run");
        assertEquals(0, dry.exit(), dry::toString);
        assertTrue(dry.out().contains("Dry run: nothing was changed."), dry.out());
        assertEquals("Wording from the master", load(master).priority(priority.id()).orElseThrow().title());

        Cli.Result merged = cli.run("merge", master.toString(), anna.toString(), "--take", "theirs", "--json");
        assertEquals(0, merged.exit(), merged::toString);
        JsonNode json = new ObjectMapper().readTree(merged.out());
        assertTrue(json.get("saved").asBoolean());
        assertEquals("Theme ‘Theme from Anna’", json.get("added").get(0).get("what").asText());
        assertEquals("theirs", json.get("conflicts").get(0).get("decided").asText());
        WorkspaceContent content = load(master);
        assertEquals("Wording from Anna", content.priority(priority.id()).orElseThrow().title());
        assertTrue(content.themes().stream().anyMatch(t -> t.title().equals("Theme from Anna")));

        Cli.Result again = cli.run("merge", master.toString(), anna.toString());
        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().contains("nothing to do"), again.out());
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithAMessage() throws Exception {
        Path text = Files.writeString(home.resolve("notes.crosswalk"), "not a workspace");
        Cli.Result result = cli.run("merge", master.toString(), text.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("“notes.crosswalk” is not a Crosswalk workspace"), result.err());
        assertTrue(result.err().contains("Nothing was changed"), result.err());
    }

    private WorkspaceContent load(Path file) throws Exception {
        try (Workspace workspace = cli.wiring().files().open(file, true)) {
            return workspace.load();
        }
    }

    private void edit(Path file, Edit... edits) throws Exception {
        try (Workspace workspace = cli.wiring().files().open(file, false)) {
            for (Edit edit : edits) {
                workspace.history().execute(edit);
            }
        }
    }
}
