package org.crosswalk.store.edit;

import static org.crosswalk.store.StoreFixtures.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who changed what and when, refusals that change nothing, and the undo and redo stacks. */
class EditHistoryTest {
    @TempDir
    Path dir;

    private EditBench bench;
    private UUID board;
    private UUID theme;

    @BeforeEach
    void openSample() throws Exception {
        bench = EditBench.sample(dir);
        board = bench.content().board().id();
        theme = bench.theme("Keeping Yourself Healthy / Prevent").id();
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void rowsRecordWhoCreatedAndWhoLastChangedThem() throws Exception {
        UUID id = UUID.randomUUID();
        bench.clock.advance(Duration.ofHours(1));
        bench.history().execute(OutlineEdits.addTheme(board, id, "Healthy ageing"));
        Map<String, Object> created = bench.row("theme", id);
        assertEquals(AUTHOR, created.get("created_by"));
        assertEquals(AUTHOR, created.get("modified_by"));
        assertEquals("2019-02-14T10:30:00Z", created.get("created_at"));
        assertEquals(created.get("created_at"), created.get("modified_at"));

        bench.reopen("Sam Analyst");
        bench.clock.advance(Duration.ofDays(1));
        bench.history().execute(OutlineEdits.renameTheme(id, "Ageing well"));
        Map<String, Object> changed = bench.row("theme", id);
        assertEquals(AUTHOR, changed.get("created_by"));
        assertEquals("2019-02-14T10:30:00Z", changed.get("created_at"));
        assertEquals("Sam Analyst", changed.get("modified_by"));
        assertEquals("2019-02-15T10:30:00Z", changed.get("modified_at"));
        Map<String, Object> logged = bench.changeLog().get(bench.changeLog().size() - 1);
        assertEquals("Sam Analyst", logged.get("author"));
        assertEquals("2019-02-15T10:30:00Z", logged.get("at"));
    }

    @Test
    void changeLogHasOneRowPerEditUndoAndRedo() throws Exception {
        List<Map<String, Object>> start = bench.changeLog();
        assertEquals(List.of("Add plan ‘The NHS Long Term Plan (January 2019)’", "Create the sample table"),
                start.stream().map(row -> row.get("description")).toList());
        bench.history().execute(OutlineEdits.renameTheme(theme, "Prevent"));
        bench.history().execute(OutlineEdits.moveTheme(theme, 2));
        bench.history().undo();
        bench.history().undo();
        bench.history().redo();
        List<Map<String, Object>> log = bench.changeLog().subList(2, 7);
        assertEquals(List.of("edit", "edit", "undo", "undo", "redo"), log.stream().map(r -> r.get("action")).toList());
        assertEquals(List.of("Rename theme ‘Keeping Yourself Healthy / Prevent’ to ‘Prevent’", "Move theme ‘Prevent’",
                "Move theme ‘Prevent’", "Rename theme ‘Keeping Yourself Healthy / Prevent’ to ‘Prevent’",
                "Rename theme ‘Keeping Yourself Healthy / Prevent’ to ‘Prevent’"),
                log.stream().map(r -> r.get("description")).toList());
        log.forEach(row -> assertEquals(AUTHOR, row.get("author")));
        assertEquals(5, log.stream().map(r -> r.get("id")).distinct().count());
    }

    @Test
    void blankTextsAreRefusedAndChangeNothing() throws Exception {
        Priority priority = bench.priority("Immunisation");
        UUID subItem = bench.subItem("Air Quality").id();
        WorkspaceContent before = bench.content();
        int log = bench.changeLog().size();
        long revision = bench.history().revision();
        Optional<String> undo = bench.history().undoDescription();

        assertRejected(() -> OutlineEdits.addTheme(board, UUID.randomUUID(), " "), "A theme needs a title.");
        assertRejected(() -> OutlineEdits.renameTheme(theme, "\t"), "A theme needs a title.");
        assertRejected(() -> OutlineEdits.addPriority(theme, UUID.randomUUID(), ""), "A priority needs a title.");
        assertRejected(() -> OutlineEdits.renamePriority(priority.id(), null), "A priority needs a title.");
        assertRejected(() -> OutlineEdits.addSubItem(priority.id(), UUID.randomUUID(), "  "),
                "A sub-item needs some text.");
        assertRejected(() -> OutlineEdits.editSubItem(subItem, ""), "A sub-item needs some text.");
        assertRejected(() -> OutlineEdits.renameBoard(board, " ", "title"), "The board needs a name.");
        assertRejected(() -> OutlineEdits.renameTheme(UUID.randomUUID(), "Gone"),
                "The theme no longer exists in this workspace. Nothing was changed.");
        assertRejected(() -> OutlineEdits.addPriority(UUID.randomUUID(), UUID.randomUUID(), "Orphan"),
                "The theme no longer exists in this workspace. Nothing was changed.");

        assertEquals(before, bench.content());
        assertEquals(log, bench.changeLog().size());
        assertEquals(revision, bench.history().revision());
        assertEquals(undo, bench.history().undoDescription());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() throws Exception {
        long revision = bench.history().revision();
        int log = bench.changeLog().size();
        bench.history().execute(OutlineEdits.renameTheme(theme, "Keeping Yourself Healthy / Prevent"));
        assertEquals(revision, bench.history().revision());
        assertEquals(log, bench.changeLog().size());
    }

    @Test
    void aNewEditClearsRedoAndEmptyStacksDoNothing() throws Exception {
        bench.reopen(); // a fresh history: nothing to undo yet
        assertEquals(Optional.empty(), bench.history().undo());
        assertEquals(Optional.empty(), bench.history().redo());
        long revision = bench.history().revision();
        int[] fired = {0};
        bench.history().addListener(() -> fired[0]++);

        bench.history().execute(OutlineEdits.renameTheme(theme, "Prevent"));
        bench.history().undo();
        assertTrue(bench.history().redoDescription().isPresent());
        bench.history().execute(OutlineEdits.renameTheme(theme, "Prevention"));
        assertEquals(Optional.empty(), bench.history().redoDescription());
        assertEquals(Optional.empty(), bench.history().redo());
        assertEquals("Prevention", bench.content().theme(theme).orElseThrow().title());
        assertEquals(revision + 3, bench.history().revision());
        assertEquals(3, fired[0]);
        assertNotEquals(Optional.empty(), bench.history().undo());
        assertEquals("Keeping Yourself Healthy / Prevent", bench.content().theme(theme).orElseThrow().title());
    }

    private void assertRejected(Supplier<Edit> edit, String message) {
        EditRejectedException rejected = assertThrows(EditRejectedException.class,
                () -> bench.history().execute(edit.get()));
        assertEquals(message, rejected.getMessage());
    }
}
