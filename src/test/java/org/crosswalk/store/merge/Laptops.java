package org.crosswalk.store.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.edit.Edit;

/**
 * A workshop in a folder: the sample board written once on the master laptop, then copied to
 * Anna's and Ben's laptops as files, each edited by its own officer on one shared, advancing clock.
 */
final class Laptops {
    static final List<String> TABLES = List.of("board", "theme", "priority", "sub_item", "link", "plan", "chapter",
            "section", "plan_item", "suggestion_dismissal", "paper_setting", "deleted_row", "merge_seen");

    final TestClock clock = new TestClock();
    final Path folder;
    final Path master;

    Laptops(Path folder) throws Exception {
        this.folder = folder;
        this.master = folder.resolve("master.crosswalk");
        try (Workspace workspace = StoreFixtures.sample(files("Sam Secretary"), master)) {
            workspace.path();
        }
        clock.advance(Duration.ofMinutes(5));
    }

    WorkspaceFiles files(String author) {
        return new WorkspaceFiles(() -> author, clock);
    }

    /** A copy of the master as it is now, taken to another laptop. */
    Path copy(String name) throws Exception {
        Path copy = folder.resolve(name + ".crosswalk");
        Files.copy(master, copy);
        return copy;
    }

    /** Opens {@code file} as {@code author}, applies the edits a minute apart, closes it. */
    void edit(Path file, String author, Edit... edits) throws Exception {
        try (Workspace workspace = files(author).open(file, false)) {
            for (Edit edit : edits) {
                clock.advance(Duration.ofMinutes(1));
                workspace.history().execute(edit);
            }
        }
        clock.advance(Duration.ofMinutes(1));
    }

    WorkspaceContent content(Path file) throws Exception {
        try (Workspace workspace = files("reader").open(file, true)) {
            return workspace.load();
        }
    }

    Merges merges() {
        return new Merges(() -> "Sam Secretary", clock);
    }

    Backups backups() {
        return new Backups(folder.resolve("backups"), clock, files("Sam Secretary"));
    }

    /** Every row of the board's and plans' tables and the merge notes, all columns, by id. */
    static Map<String, List<Map<String, Object>>> dump(Path file) throws Exception {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Connection connection = StoreFixtures.raw(file)) {
            for (String table : TABLES) {
                tables.put(table, StoreFixtures.query(connection, "SELECT * FROM " + table + " ORDER BY id"));
            }
        }
        return tables;
    }
}
