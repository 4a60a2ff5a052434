package org.crosswalk.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file offered for a merge: older ones are read through an upgraded copy, bad ones refused. */
class MergeFilesTest {
    private static final String[] SCHEMA_5 = {"migrations/V001__workspace.sql", "migrations/V002__paper_settings.sql",
            "migrations/V003__plan_import.sql", "migrations/V004__suggestion_dismissal.sql",
            "migrations/V005__priority_lead.sql"};

    @TempDir
    Path folder;

    @Test
    void aCopyFromAnOlderCrosswalkIsMergedAndLeftAsItWas() throws Exception {
        Laptops laptops = new Laptops(folder);
        Path oldMaster = folder.resolve("old.crosswalk");
        WorkspaceFiles older = StoreFixtures.files(laptops.clock, SCHEMA_5);
        try (Workspace workspace = StoreFixtures.sample(older, oldMaster)) {
            workspace.path();
        }
        Path anna = folder.resolve("anna-old.crosswalk");
        Files.copy(oldMaster, anna);
        WorkspaceContent before;
        try (Workspace workspace = older.open(anna, true)) {
            before = workspace.load();
        }
        Priority renamed = before.priorities().get(0);
        Priority removed = before.priorities().get(1);
        laptops.clock.advance(java.time.Duration.ofMinutes(3));
        try (Workspace workspace = older.open(anna, false)) {
            workspace.history().execute(OutlineEdits.renamePriority(renamed.id(), "Renamed on the old laptop"));
        }
        try (Connection raw = StoreFixtures.raw(anna); Statement sql = raw.createStatement()) {
            // The older Crosswalk deleted without leaving a note of it.
            String id = "'" + removed.id() + "'";
            sql.execute("DELETE FROM link WHERE priority_id = " + id);
            sql.execute("DELETE FROM sub_item WHERE priority_id = " + id);
            sql.execute("DELETE FROM priority WHERE id = " + id);
        }
        String annaHash = StoreFixtures.sha256(anna);

        try (Workspace master = laptops.files("Sam Secretary").open(oldMaster, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            assertEquals(List.of(), preview.conflicts());
            laptops.merges().merge(master, preview, laptops.backups());
        }
        WorkspaceContent merged = laptops.content(oldMaster);
        assertEquals("Renamed on the old laptop", merged.priority(renamed.id()).orElseThrow().title());
        assertTrue(merged.priority(removed.id()).isEmpty(), "older than the parting and gone there: deleted there");
        assertEquals(annaHash, StoreFixtures.sha256(anna));
        assertEquals(5, ((Number) StoreFixtures.scalar(anna, "PRAGMA user_version")).intValue());
    }

    @Test
    void badFilesAreRefusedWithAMessageAndNothingChanges() throws Exception {
        Laptops laptops = new Laptops(folder);
        Path text = Files.writeString(folder.resolve("notes.crosswalk"), "Minutes of the March workshop\n");
        Path otherProgram = folder.resolve("contacts.crosswalk");
        try (Connection raw = StoreFixtures.raw(otherProgram); Statement sql = raw.createStatement()) {
            sql.execute("CREATE TABLE contact (name TEXT)");
            sql.execute("INSERT INTO contact VALUES ('Anna')");
        }
        Path newer = laptops.copy("newer");
        try (Connection raw = StoreFixtures.raw(newer); Statement sql = raw.createStatement()) {
            sql.execute("PRAGMA user_version = 99");
        }
        Path damaged = laptops.copy("damaged");
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path otherBoard = folder.resolve("other-board.crosswalk");
        try (Workspace workspace = StoreFixtures.sample(laptops.files("Olive Other"), otherBoard)) {
            workspace.path();
        }
        Map<Path, String> expected = Map.of(text, "is not a Crosswalk workspace",
                otherProgram, "is not a Crosswalk workspace",
                newer, "newer version of Crosswalk",
                damaged, "is damaged",
                otherBoard, "is not a copy of this workspace",
                laptops.master, "is the workspace you are working in",
                folder.resolve("missing.crosswalk"), "was not found");

        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            Map<String, List<Map<String, Object>>> untouched = Laptops.dump(laptops.master);
            for (Map.Entry<Path, String> offered : expected.entrySet()) {
                String hash = Files.exists(offered.getKey()) && !offered.getKey().equals(laptops.master)
                        ? StoreFixtures.sha256(offered.getKey()) : null;
                WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                        () -> laptops.merges().preview(master, offered.getKey()));
                assertTrue(problem.getMessage().contains(offered.getValue()), problem.getMessage());
                assertTrue(problem.getMessage().contains("Nothing was changed"), problem.getMessage());
                if (hash != null) {
                    assertEquals(hash, StoreFixtures.sha256(offered.getKey()), offered.getKey() + " untouched");
                }
            }
            assertEquals(untouched, Laptops.dump(laptops.master));
            assertTrue(master.history().undoDescription().isEmpty());
        }
    }

    @Test
    void aFailureHalfWayLeavesTheWorkspaceAsItWas() throws Exception {
        Laptops laptops = new Laptops(folder);
        Path anna = laptops.copy("anna");
        WorkspaceContent before = laptops.content(laptops.master);
        UUID annas = UUID.randomUUID();
        laptops.edit(anna, "Anna Analyst",
                OutlineEdits.setPriorityNote(before.priorities().get(0).id(), "Anna's note"),
                OutlineEdits.addPriority(before.themes().get(0).id(), annas, "Anna's priority"));
        try (Workspace master = laptops.files("Sam Secretary").open(laptops.master, false)) {
            MergePreview preview = laptops.merges().preview(master, anna);
            // The disk refuses the write of Anna's priority (a trigger stands in for it), after the
            // merge's other steps were applied in the same transaction.
            try (Connection raw = StoreFixtures.raw(laptops.master); Statement sql = raw.createStatement()) {
                sql.execute("CREATE TRIGGER refuse_annas BEFORE INSERT ON priority WHEN NEW.id = '" + annas
                        + "' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
            }
            Map<String, List<Map<String, Object>>> untouched = Laptops.dump(laptops.master);
            WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                    () -> laptops.merges().merge(master, preview, laptops.backups()));
            assertTrue(problem.getMessage().contains("nothing was changed"), problem.getMessage());
            assertEquals(untouched, Laptops.dump(laptops.master));
            assertTrue(master.history().undoDescription().isEmpty());
        }
    }
}
