package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;

/** One workspace file under test, with the checks every edit must pass. */
final class EditBench implements AutoCloseable {
    final TestClock clock = new TestClock();
    final Path file;
    private WorkspaceFiles files;
    private Workspace workspace;

    private EditBench(Path file) {
        this.file = file;
        this.files = StoreFixtures.files(clock);
    }

    /** The Oxfordshire sample: 3 themes, 13 priorities, sub-items and links. */
    static EditBench sample(Path dir) throws Exception {
        EditBench bench = new EditBench(dir.resolve("Sample.crosswalk"));
        bench.workspace = StoreFixtures.sample(bench.files, bench.file);
        return bench;
    }

    /** A new workspace with a board and nothing else. */
    static EditBench empty(Path dir) throws Exception {
        EditBench bench = new EditBench(dir.resolve("Empty.crosswalk"));
        bench.workspace = bench.files.create(bench.file, "Test board", "");
        return bench;
    }

    Workspace workspace() {
        return workspace;
    }

    EditHistory history() {
        return workspace.history();
    }

    WorkspaceContent content() throws Exception {
        return workspace.load();
    }

    /** Closes the file and opens it again, as {@code author}. */
    void reopen(String author) throws Exception {
        workspace.close();
        files = new WorkspaceFiles(() -> author, clock);
        workspace = files.open(file, false);
    }

    void reopen() throws Exception {
        reopen(StoreFixtures.AUTHOR);
    }

    /**
     * Executes the edit, then checks what a user would: the content changed as expected, undo
     * brings back exactly the rows before (stamps included), redo exactly the rows after, every
     * step is in the change log, and the result is already on disk when the file is reopened.
     */
    WorkspaceContent roundTrip(Edit edit, String description, Consumer<WorkspaceContent> expectAfter)
            throws Exception {
        WorkspaceContent before = content();
        Map<String, List<Map<String, Object>>> rowsBefore = StoreFixtures.dump(file);
        int logBefore = changeLog().size();
        clock.advance(Duration.ofMinutes(1));

        assertEquals(description, history().execute(edit));
        assertEquals(Optional.of(description), history().undoDescription());
        assertEquals(Optional.empty(), history().redoDescription());
        WorkspaceContent after = content();
        assertNotEquals(before, after, "the edit changed nothing");
        expectAfter.accept(after);
        assertTidy(after);
        Map<String, List<Map<String, Object>>> rowsAfter = StoreFixtures.dump(file);

        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.of(description), history().undo());
        assertSameContent(before, content(), "undo");
        assertEquals(rowsBefore, StoreFixtures.dump(file), "undo restores every row and stamp");
        assertEquals(Optional.of(description), history().redoDescription());

        assertEquals(Optional.of(description), history().redo());
        assertSameContent(after, content(), "redo");
        assertEquals(rowsAfter, StoreFixtures.dump(file), "redo restores every row and stamp");

        List<Map<String, Object>> log = changeLog();
        assertEquals(logBefore + 3, log.size());
        assertEquals(List.of("edit", "undo", "redo"), log.subList(logBefore, log.size()).stream()
                .map(row -> row.get("action")).toList());
        log.subList(logBefore, log.size()).forEach(row -> {
            assertEquals(description, row.get("description"));
            assertEquals(StoreFixtures.AUTHOR, row.get("author"));
        });

        reopen();
        assertSameContent(after, content(), "the edit was saved at once");
        return after;
    }

    /** Equal contents, reported part by part so a failure names what differs. */
    static void assertSameContent(WorkspaceContent expected, WorkspaceContent actual, String what) {
        assertEquals(expected.board(), actual.board(), what + ": board");
        assertEquals(expected.plans(), actual.plans(), what + ": plans");
        assertEquals(expected.chapters().size(), actual.chapters().size(), what + ": chapters");
        assertEquals(expected.sections().size(), actual.sections().size(), what + ": sections");
        assertEquals(expected.items().size(), actual.items().size(), what + ": plan items");
        assertEquals(expected.themes(), actual.themes(), what + ": themes");
        assertEquals(expected.priorities(), actual.priorities(), what + ": priorities");
        assertEquals(expected.subItems(), actual.subItems(), what + ": sub-items");
        assertEquals(expected.links(), actual.links(), what + ": links");
        assertEquals(expected.chapters(), actual.chapters(), what + ": chapters");
        assertEquals(expected.sections(), actual.sections(), what + ": sections");
        assertEquals(expected.items(), actual.items(), what + ": plan items");
        assertEquals(expected, actual, what);
    }

    List<Map<String, Object>> changeLog() throws Exception {
        return StoreFixtures.query(file, "SELECT * FROM change_log ORDER BY seq");
    }

    Map<String, Object> row(String table, UUID id) throws Exception {
        return StoreFixtures.query(file, "SELECT * FROM " + table + " WHERE id = '" + id + "'").get(0);
    }

    /** Positions 0..n-1 without gaps among the children of every parent. */
    static void assertTidy(WorkspaceContent content) {
        assertContiguous("themes", content.themes(), Theme::boardId, Theme::position);
        assertContiguous("priorities", content.priorities(), Priority::themeId, Priority::position);
        assertContiguous("sub-items", content.subItems(), SubItem::priorityId, SubItem::position);
        assertContiguous("links", content.links(), org.crosswalk.model.Link::priorityId,
                org.crosswalk.model.Link::position);
    }

    private static <T> void assertContiguous(String what, List<T> rows, Function<T, UUID> parent,
                                             Function<T, Integer> position) {
        Map<UUID, List<Integer>> byParent = rows.stream().collect(Collectors.groupingBy(parent,
                Collectors.mapping(position, Collectors.toList())));
        byParent.forEach((id, positions) -> assertEquals(
                java.util.stream.IntStream.range(0, positions.size()).boxed().toList(),
                positions.stream().sorted().toList(), what + " under " + id));
    }

    Theme theme(String title) throws Exception {
        return content().themes().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    Priority priority(String title) throws Exception {
        return content().priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    SubItem subItem(String text) throws Exception {
        return content().subItems().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
    }

    PlanItem item(String number) throws Exception {
        return content().items().stream().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
    }

    static List<String> titles(List<Priority> priorities) {
        return priorities.stream().map(Priority::title).toList();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
