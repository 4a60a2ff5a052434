package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up, opening and copying, as the File menu does them, without a window. */
class FileActionsTest {
    @TempDir
    Path folder;

    @Test
    void firstRunWritesTheSampleInTheWorkspacesFolderAndRemembersIt() {
        UiTestBench bench = new UiTestBench(folder);
        bench.files.startup(Optional.empty());
        Path sample = folder.resolve("workspaces").resolve(SampleWorkspace.FILE_NAME);
        assertEquals(Optional.of(sample), bench.session.path());
        assertEquals(Optional.of(sample), bench.services.preferences().lastWorkspace());
    }

    @Test
    void aMissingLastWorkspaceIsExplainedAndForgotten() {
        UiTestBench bench = new UiTestBench(folder);
        Path gone = folder.resolve("gone.crosswalk");
        bench.services.preferences().addRecentFile(gone);
        bench.files.startup(Optional.empty());
        assertTrue(bench.session.path().isEmpty());
        assertTrue(bench.session.statusProperty().get().contains("gone.crosswalk, was not found"));
        assertTrue(bench.services.preferences().recentFiles().isEmpty());
    }

    @Test
    void aFileOpenElsewhereCanBeOpenedReadOnly() throws Exception {
        UiTestBench first = new UiTestBench(folder).withSample();
        Path file = first.session.path().orElseThrow();

        UiTestBench second = new UiTestBench(folder);
        second.dialogs.confirmAnswers.add(true);
        second.files.open(file);
        assertTrue(second.dialogs.questions.get(0).contains("already open in another Crosswalk window"));
        assertTrue(second.session.path().isPresent());
        assertFalse(second.session.editableProperty().get());
        first.session.close();
        second.session.close();
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithAMessageAndLeftAlone() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.crosswalk"), "Meeting notes, not a workspace");
        UiTestBench bench = new UiTestBench(folder);
        bench.files.open(notes);
        assertTrue(bench.session.path().isEmpty());
        assertTrue(bench.dialogs.shown.get(0).contains("is not a Crosswalk workspace"), bench.dialogs.shown.get(0));
        assertEquals("Meeting notes, not a workspace", Files.readString(notes));
    }

    @Test
    void newWorkspaceAsksForTheBoardAndStartsEmpty() {
        UiTestBench bench = new UiTestBench(folder);
        Path target = folder.resolve("hwb.crosswalk");
        bench.dialogs.fileAnswers.add(target);
        bench.dialogs.textAnswers.add("Health and Wellbeing Board");
        bench.files.newWorkspace();
        assertEquals("Health and Wellbeing Board", bench.session.content().board().name());
        assertTrue(bench.session.content().themes().isEmpty());

        bench.files.addBuiltInPlan("nhs-ltp-2019");
        assertEquals(1, bench.session.content().plans().size());
        bench.session.undo();
        assertTrue(bench.session.content().plans().isEmpty());
    }

    @Test
    void saveACopyWritesAnOpenableCopy() throws Exception {
        UiTestBench bench = new UiTestBench(folder).withSample();
        Path copy = folder.resolve("copy.crosswalk");
        bench.dialogs.fileAnswers.add(copy);
        bench.files.saveCopy().execute();
        assertTrue(bench.session.statusProperty().get().startsWith("Saved a copy as"));
        try (Workspace opened = bench.services.files().open(copy, true)) {
            assertEquals(bench.session.content(), opened.load());
        }
    }
}
