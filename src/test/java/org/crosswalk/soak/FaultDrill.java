package org.crosswalk.soak;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.SaveFailedException;

/**
 * Faults that need a real file system, run by scripts/faults.sh (as root, for its mounts):
 * <ul>
 * <li>{@code full DIR}: DIR is a small tmpfs; the disk fills up while a workspace is open there.</li>
 * <li>{@code readonly-folder DIR}: run as a normal user; the folder and file become read-only while
 * the workspace is open.</li>
 * </ul>
 * Prints what happened, line by line, and exits 1 when anything committed was lost, anything
 * half-made shows, or the person was not told clearly.
 */
public final class FaultDrill {
    private static final WorkspaceFiles FILES = new WorkspaceFiles(() -> "Fault drill", Clock.systemUTC());
    private static int failures;

    private FaultDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Path file = dir.resolve("Board.crosswalk");
        try (Workspace created = new SampleWorkspace(new PlanCatalogue()).create(FILES, file)) {
            say("created " + file + " (" + Files.size(file) / 1024 + " KB)");
        }
        switch (args[0]) {
            case "full" -> diskFull(dir, file);
            case "readonly-folder" -> readOnlyFolder(dir, file);
            default -> throw new IllegalArgumentException(args[0]);
        }
        say(failures == 0 ? "PASS " + args[0] : "FAIL " + args[0] + " (" + failures + " problems)");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void diskFull(Path dir, Path file) throws Exception {
        Path filler = dir.resolve("filler.bin");
        UUID kept = UUID.randomUUID();
        int fitted = 0;
        try (Workspace workspace = FILES.open(file, false)) {
            UUID board = workspace.load().board().id();
            workspace.history().execute(OutlineEdits.addTheme(board, kept, "Committed before the disk filled"));
            long filled = fill(filler);
            say("filled the disk: " + filled / 1024 + " KB of other files");
            WorkspaceContent before = workspace.load();
            int refused = 0;
            for (int i = 0; i < 5; i++) {
                try {
                    workspace.history().execute(OutlineEdits.addTheme(board, UUID.randomUUID(),
                            "Does not fit " + i + " " + "x".repeat(200_000)));
                    say("edit " + i + " still fitted");
                    fitted++;
                    before = workspace.load();
                } catch (SaveFailedException e) {
                    refused++;
                    say("refused: " + e.getMessage());
                    expect(e.getMessage().startsWith("The disk is full"), "the message says the disk is full");
                    expect(workspace.load().equals(before), "nothing of the refused edit is visible");
                }
            }
            expect(refused > 0, "an edit was refused once the disk was full");
            say("closing while the disk is still full");
        }
        Files.delete(filler);
        say("freed the space; reopening");
        try (Workspace reopened = FILES.open(file, false)) {
            expect(sqliteChecksPass(reopened), "integrity_check and foreign_key_check pass");
            expect(reopened.load().theme(kept).isPresent(), "the edit committed before the disk filled is there");
            WorkspaceContent content = reopened.load();
            expect(content.themes().stream().filter(t -> t.title().startsWith("Does not fit")).count() == fitted,
                    "exactly the edits reported saved are there (" + fitted + " fitted), none of the refused");
            reopened.history().execute(OutlineEdits.renameTheme(kept, "Edited after space was freed"));
            say("edits work again after space was freed");
        }
    }

    private static void readOnlyFolder(Path dir, Path file) throws Exception {
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        boolean afterSaved = false;
        try (Workspace workspace = FILES.open(file, false)) {
            UUID board = workspace.load().board().id();
            workspace.history().execute(OutlineEdits.addTheme(board, before, "Before the folder became read-only"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            say("folder and file made read-only while open");
            try {
                workspace.history().execute(OutlineEdits.addTheme(board, after, "After"));
                afterSaved = true;
                say("the next edit was saved (SQLite keeps the files it opened writable)");
            } catch (SaveFailedException e) {
                say("refused: " + e.getMessage());
            }
        }
        say("closed; left in the folder: " + listing(dir));
        try {
            FILES.open(file, false).close();
            fail("a read-only file opened for editing");
        } catch (WorkspaceProblem e) {
            say("reopen for editing: " + e.kind() + ": " + e.getMessage());
            expect(e.canOpenReadOnly(), "the person is offered a read-only view");
        }
        try (Workspace viewer = FILES.open(file, true)) {
            expect(viewer.load().theme(before).isPresent(), "the edit made before is there");
            expect(viewer.load().theme(after).isPresent() == afterSaved, "the later edit is there exactly if it "
                    + "was reported saved");
            say("read-only view shows every reported edit");
        } catch (WorkspaceProblem e) {
            fail("read-only view refused: " + e.getMessage());
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Workspace again = FILES.open(file, false)) {
            expect(sqliteChecksPass(again), "integrity_check and foreign_key_check pass once writable again");
            expect(again.load().theme(before).isPresent(), "the edit made before is there after write access returns");
        }
        say("writable again: opens for editing; left in the folder: " + listing(dir));
    }

    /** Writes a file until the disk is full, as another program might. */
    private static long fill(Path filler) {
        long written = 0;
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            return written;
        }
    }

    private static boolean sqliteChecksPass(Workspace workspace) throws Exception {
        return workspace.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                    rows.next();
                    if (!"ok".equals(rows.getString(1))) {
                        return false;
                    }
                }
                try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    return !rows.next();
                }
            }
        });
    }

    private static String listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }

    private static void expect(boolean ok, String what) {
        if (ok) {
            say("ok: " + what);
        } else {
            fail(what);
        }
    }

    private static void fail(String what) {
        failures++;
        say("PROBLEM: not so: " + what);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
