package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.backup.Backup;
import org.crosswalk.store.backup.BackupReason;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.ui.backups.BackupRow;
import org.crosswalk.ui.backups.BackupsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Restore from Backup… without a window: the list, the comparison, restore and copy. */
class BackupsViewModelTest {
    @TempDir
    Path folder;

    private final TestClock clock = new TestClock();
    private UiTestBench bench;
    private Backups backups;
    private Backup onOpen;
    private Backup whileEditing;
    private int themesAtFirst;

    @BeforeEach
    void twoBackupsOneThemeApart() throws Exception {
        bench = new UiTestBench(folder).withSample();
        backups = new Backups(folder.resolve("data/backups"), clock, bench.services.files());
        themesAtFirst = bench.session.content().themes().size();
        onOpen = backups.make(workspace(), BackupReason.ON_OPEN);
        clock.advance(Duration.ofMinutes(10));
        addTheme("Healthy places");
        whileEditing = backups.make(workspace(), BackupReason.WHILE_EDITING);
        clock.advance(Duration.ofMinutes(10));
        addTheme("Ageing well");
    }

    @AfterEach
    void close() {
        bench.session.close();
    }

    @Test
    void listsTheBackupsNewestFirstAndComparesTheChosenOneWithNow() {
        BackupsViewModel model = load();
        assertEquals(List.of(whileEditing, onOpen), model.rows().stream().map(BackupRow::backup).toList());
        assertEquals("While editing", model.rows().get(0).why());
        assertTrue(model.rows().get(0).contents().startsWith((themesAtFirst + 1) + " themes, "));
        assertEquals(whileEditing, model.selectedProperty().get().backup(), "the newest is chosen first");

        model.selectedProperty().set(model.rows().get(1));
        String comparison = model.comparisonProperty().get();
        assertTrue(comparison.contains("The workspace now holds " + (themesAtFirst + 2) + " themes"), comparison);
        assertTrue(comparison.contains("Restoring it changes themes " + (themesAtFirst + 2) + " → " + themesAtFirst),
                comparison);
        assertTrue(model.restore().isExecutable());
    }

    @Test
    void restoreAsksFirstThenBringsTheBackupBackAndSaysWhereTheOldStateIs() throws Exception {
        BackupsViewModel model = load();
        model.selectedProperty().set(model.rows().get(1));
        Workspace before = workspace();
        bench.dialogs.confirmAnswers.add(true);

        model.restore().execute();

        assertTrue(bench.dialogs.questions.get(0).startsWith("Replace everything in “"
                + SampleFileName.NAME + "” with the backup of"), bench.dialogs.questions.get(0));
        assertNotSame(before, workspace());
        assertTrue(bench.session.editableProperty().get());
        assertEquals(themesAtFirst, bench.session.content().themes().size());
        assertTrue(bench.session.statusProperty().get().startsWith("Restored the backup of "),
                bench.session.statusProperty().get());
        assertTrue(bench.dialogs.shown.get(0).startsWith("Backup restored: "), bench.dialogs.shown.get(0));
        assertTrue(model.finishedProperty().get());
        Backup kept = backups.list(workspace()).get(0);
        assertEquals(BackupReason.BEFORE_RESTORE, kept.reason());
        assertEquals(themesAtFirst + 2, backups.summarize(kept).themes());
        assertTrue(bench.session.statusProperty().get().contains(kept.file().getFileName().toString()));
    }

    @Test
    void sayingNoToTheQuestionChangesNothing() throws Exception {
        BackupsViewModel model = load();
        Workspace before = workspace();
        bench.dialogs.confirmAnswers.add(false);
        model.restore().execute();
        assertSame(before, workspace());
        assertEquals(themesAtFirst + 2, bench.session.content().themes().size());
        assertEquals(2, backups.list(workspace()).size());
    }

    @Test
    void aDamagedBackupIsNotRestoredAndTheWorkspaceStaysAsItWas() throws Exception {
        damage(onOpen.file());
        BackupsViewModel model = load();
        model.selectedProperty().set(model.rows().get(1));
        Workspace before = workspace();
        bench.dialogs.confirmAnswers.add(true);

        model.restore().execute();

        assertSame(before, workspace());
        assertTrue(bench.dialogs.questions.isEmpty());
        assertTrue(bench.session.editableProperty().get());
        assertEquals(themesAtFirst + 2, bench.session.content().themes().size());
        assertEquals("cannot be read (damaged?)", model.rows().get(1).contents());
        assertFalse(model.restore().isExecutable(), "a backup that cannot be read is listed but not restorable");
        assertTrue(model.comparisonProperty().get().startsWith("This backup cannot be read; it may be damaged."));
        assertEquals(2, backups.list(workspace()).size(), "no “before restore” backup was needed");
        addTheme("Editing goes on");
        assertEquals(themesAtFirst + 3, bench.session.content().themes().size());
    }

    @Test
    void openAsACopyWritesTheBackupToTheChosenFileAndOpensIt() throws Exception {
        BackupsViewModel model = load();
        model.selectedProperty().set(model.rows().get(1));
        Path copy = folder.resolve("workspaces/As it was.crosswalk");
        bench.dialogs.fileAnswers.add(copy);

        model.openAsCopy().execute();

        assertTrue(Files.isRegularFile(copy));
        assertEquals(copy, bench.session.path().orElseThrow());
        assertEquals(themesAtFirst, bench.session.content().themes().size());
        assertTrue(model.finishedProperty().get());
    }

    @Test
    void aCopyIsNotWrittenOverTheOpenWorkspace() {
        BackupsViewModel model = load();
        Workspace before = workspace();
        bench.dialogs.fileAnswers.add(before.path());
        model.openAsCopy().execute();
        assertTrue(bench.dialogs.shown.get(0).startsWith("Copy not written: That is the workspace you are working in"));
        assertSame(before, workspace());
        assertEquals(themesAtFirst + 2, bench.session.content().themes().size());
    }

    private BackupsViewModel load() {
        BackupsViewModel model = new BackupsViewModel(bench.session, backups, bench.dialogs, bench.files::open,
                ZoneId.of("Europe/London"));
        model.load();
        return model;
    }

    private Workspace workspace() {
        return bench.session.workspaceProperty().get();
    }

    private void addTheme(String title) {
        bench.session.execute(OutlineEdits.addTheme(bench.session.content().board().id(), UUID.randomUUID(), title));
    }

    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[16384];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(4096);
            raw.write(garbage);
        }
    }

    /** The sample's file name, as the restore question quotes it. */
    private static final class SampleFileName {
        static final String NAME = org.crosswalk.plans.catalogue.SampleWorkspace.FILE_NAME;
    }
}
