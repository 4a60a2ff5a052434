package org.crosswalk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A workspace held open by another Crosswalk process, which then crashes. */
@Timeout(60)
class OtherProcessTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private final List<Process> processes = new ArrayList<>();
    private Path file;
    private WorkspaceContent original;

    @BeforeEach
    void writeSample() throws Exception {
        file = dir.resolve("Shared.crosswalk");
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), file)) {
            original = workspace.load();
        }
    }

    @AfterEach
    void killLeftovers() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void fileHeldByAnotherProcessIsInUseAndOpensAgainAfterThatProcessCrashes() throws Exception {
        Process other = holdOpen(file);
        assertEquals("OPEN 3", firstLine(other));

        WorkspaceProblem problem = assertThrows(WorkspaceProblem.class,
                () -> StoreFixtures.files(clock).open(file, false));
        assertEquals(WorkspaceProblem.Kind.IN_USE, problem.kind());
        assertTrue(problem.canOpenReadOnly());
        assertTrue(problem.getMessage().contains("“Shared.crosswalk”"), problem.getMessage());
        try (Workspace viewer = StoreFixtures.files(clock).open(file, true)) {
            assertEquals(original, viewer.load());
        }

        other.destroyForcibly(); // a crash: no clean close, the lock file stays behind
        assertTrue(other.waitFor(20, TimeUnit.SECONDS));
        try (Workspace workspace = StoreFixtures.files(clock).open(file, false)) {
            assertEquals(original, workspace.load());
        }
        StoreFixtures.assertNoSidecars(file);
    }

    @Test
    void anotherProcessCannotOpenAFileThisProcessHasOpen() throws Exception {
        try (Workspace mine = StoreFixtures.files(clock).open(file, false)) {
            assertEquals("PROBLEM IN_USE", firstLine(holdOpen(file)));
        }
    }

    @Test
    void theFirstProcessKeepsEditingAfterASecondIsRefused() throws Exception {
        try (Workspace mine = StoreFixtures.files(clock).open(file, false)) {
            assertEquals("PROBLEM IN_USE", firstLine(holdOpen(file)));
            java.util.UUID theme = original.themes().get(0).id();
            mine.history().execute(org.crosswalk.store.edit.OutlineEdits.renameTheme(theme, "Prevent"));
            mine.history().undo();
            mine.history().redo();
            assertEquals("Prevent", mine.load().theme(theme).orElseThrow().title());
        }
        try (Workspace again = StoreFixtures.files(clock).open(file, false)) {
            assertEquals("Prevent", again.load().theme(original.themes().get(0).id()).orElseThrow().title());
        }
        StoreFixtures.assertNoSidecars(file);
    }

    @Test
    void refusingASecondWindowDoesNotReleaseTheFileToOtherProcesses() throws Exception {
        try (Workspace mine = StoreFixtures.files(clock).open(file, false)) {
            // A second window of this process tries the same file and is told it is in use...
            WorkspaceProblem second = assertThrows(WorkspaceProblem.class,
                    () -> StoreFixtures.files(clock).open(file, false));
            assertEquals(WorkspaceProblem.Kind.IN_USE, second.kind());
            // ...which must not hand the file to another Crosswalk process.
            assertEquals("PROBLEM IN_USE", firstLine(holdOpen(file)));
            assertEquals(original, mine.load());
        }
    }

    private Process holdOpen(Path workspace) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldOpen.class.getName(), workspace.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        processes.add(process);
        return process;
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return "IO " + e;
            }
        }).get(30, TimeUnit.SECONDS);
        assertNotNull(line, "the other process ended without a word");
        return line;
    }
}
