package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Theme;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's clock jumps back (a flat battery, a wrong time zone fixed) and forward. */
class ClockJumpTest {
    @TempDir
    Path dir;

    @Test
    void editsUndoAndRedoKeepTheirOrderAndNothingIsLostWhenTheClockJumps() throws Exception {
        TestClock clock = new TestClock();
        Path file = StoreFixtures.closedSample(dir.resolve("Clock.crosswalk"));
        List<String> sample;
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            sample = titles(workspace);
            UUID board = workspace.load().board().id();
            workspace.history().execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "First"));
            clock.advance(Duration.ofDays(-400));
            workspace.history().execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "Second"));
            clock.advance(Duration.ofDays(3650));
            workspace.history().execute(OutlineEdits.addTheme(board, UUID.randomUUID(), "Third"));
            clock.advance(Duration.ofDays(-5000));

            assertEquals("Add theme ‘Third’", workspace.history().undo().orElseThrow());
            assertEquals("Add theme ‘Second’", workspace.history().undo().orElseThrow());
            assertEquals(with(sample, "First"), titles(workspace));
            assertEquals("Add theme ‘Second’", workspace.history().redo().orElseThrow());
            assertEquals(with(sample, "First", "Second"), titles(workspace));
        }
        // The log keeps the order things happened in, whatever the clock said.
        List<Map<String, Object>> log = StoreFixtures.query(file,
                "SELECT action, description, at FROM change_log ORDER BY rowid");
        List<String> actions = log.subList(log.size() - 6, log.size()).stream()
                .map(row -> row.get("action") + " " + row.get("description")).toList();
        assertEquals(List.of("edit Add theme ‘First’", "edit Add theme ‘Second’", "edit Add theme ‘Third’",
                "undo Add theme ‘Third’", "undo Add theme ‘Second’", "redo Add theme ‘Second’"), actions);
        try (Workspace reopened = StoreFixtures.files(clock).open(file, false)) {
            assertEquals(with(sample, "First", "Second"), titles(reopened));
        }
    }

    private static List<String> with(List<String> sample, String... added) {
        List<String> all = new java.util.ArrayList<>(sample);
        all.addAll(List.of(added));
        return all;
    }

    private static List<String> titles(Workspace workspace) throws Exception {
        return workspace.load().themes().stream().map(Theme::title).toList();
    }
}
