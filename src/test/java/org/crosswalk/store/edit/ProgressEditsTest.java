package org.crosswalk.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;
import org.crosswalk.store.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a priority up: action, status in words, due date and the latest update, each an undoable edit. */
class ProgressEditsTest {
    private static final String ACTIVITY = "Reduce Physical Inactivity / Promote Physical Activity";

    @TempDir
    Path dir;

    private EditBench bench;

    @BeforeEach
    void openSample() throws Exception {
        bench = EditBench.sample(dir);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void theSampleStartsWithNothingRecorded() throws Exception {
        assertTrue(bench.content().priorities().stream().noneMatch(p -> p.progress().isRecorded()));
    }

    @Test
    void recordsActionStatusDueDateAndUpdateWithWhoAndWhen() throws Exception {
        Priority activity = bench.priority(ACTIVITY);
        Progress progress = new Progress(" Active travel plan with the county council ", ImplementationStatus.AT_RISK,
                LocalDate.of(2027, 3, 31), " Funding bid delayed to the spring. ", null, null);

        bench.roundTrip(ProgressEdits.setProgress(activity.id(), progress),
                "Update progress of " + Describe.quote(ACTIVITY), after -> {
                    Progress saved = after.priority(activity.id()).orElseThrow().progress();
                    assertEquals("Active travel plan with the county council", saved.action());
                    assertEquals(ImplementationStatus.AT_RISK, saved.status());
                    assertEquals(LocalDate.of(2027, 3, 31), saved.due());
                    assertEquals("Funding bid delayed to the spring.", saved.update());
                    assertEquals(StoreFixtures.AUTHOR, saved.updatedBy());
                    assertFalse(saved.updatedAt() == null || saved.updatedAt().isBlank(), "when it was updated");
                    assertTrue(saved.isOverdue(LocalDate.of(2027, 4, 1)));
                    assertFalse(saved.isOverdue(LocalDate.of(2027, 3, 31)));
                });
    }

    @Test
    void clearingEverythingLeavesNothingRecordedButRemembersWhoClearedIt() throws Exception {
        Priority activity = bench.priority(ACTIVITY);
        bench.history().execute(ProgressEdits.setProgress(activity.id(),
                new Progress("Plan", ImplementationStatus.DONE, null, "", null, null)));

        bench.roundTrip(ProgressEdits.setProgress(activity.id(), Progress.NONE), "Update progress of " + Describe.quote(ACTIVITY),
                after -> {
                    Progress saved = after.priority(activity.id()).orElseThrow().progress();
                    assertFalse(saved.isRecorded());
                    assertEquals(StoreFixtures.AUTHOR, saved.updatedBy());
                });
    }

    @Test
    void aPastedDocumentIsRefusedAndNothingChanges() throws Exception {
        Priority activity = bench.priority(ACTIVITY);
        String huge = "x".repeat(ProgressEdits.LONGEST_TEXT + 1);
        EditRejectedException refused = assertThrows(EditRejectedException.class, () -> bench.history().execute(
                ProgressEdits.setProgress(activity.id(), new Progress("", null, null, huge, null, null))));
        assertTrue(refused.getMessage().contains("keep it under"), refused.getMessage());
        assertEquals(Progress.NONE, bench.content().priority(activity.id()).orElseThrow().progress());
    }
}
