package org.crosswalk.store.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history panel's source: who changed what and when, filtered by priority, kept in the file. */
class ChangeLogTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();

    @Test
    void listsEditsUndoAndRedoNewestFirstWithAuthorAndTime() throws Exception {
        Path file = dir.resolve("Board.crosswalk");
        UUID added = UUID.randomUUID();
        UUID smoking;
        try (Workspace workspace = StoreFixtures.sample(StoreFixtures.files(clock), file)) {
            WorkspaceContent content = workspace.load();
            smoking = priority(content, "Reduce smoking prevalence").id();
            UUID theme = content.themes().get(0).id();
            PlanItem unlinked = unlinkedItem(content, smoking);

            clock.advance(Duration.ofMinutes(5));
            workspace.history().execute(OutlineEdits.addPriority(theme, added, "Healthy ageing"));
            clock.advance(Duration.ofMinutes(5));
            workspace.history().execute(OutlineEdits.renamePriority(smoking, "Smoking in pregnancy"));
            clock.advance(Duration.ofMinutes(5));
            workspace.history().execute(LinkEdits.link(smoking, unlinked.id(), UUID.randomUUID()));
            clock.advance(Duration.ofMinutes(5));
            workspace.history().undo();
            clock.advance(Duration.ofMinutes(5));
            workspace.history().redo();

            assertNewestFirst(ChangeLog.all(workspace).subList(0, 5));
            assertSmokingHistory(ChangeLog.ofPriority(workspace, smoking));
            List<HistoryEntry> ofAdded = ChangeLog.ofPriority(workspace, added);
            assertEquals(List.of("Add priority ‘Healthy ageing’"), ofAdded.stream().map(HistoryEntry::what).toList());
        }
        try (Workspace reopened = StoreFixtures.files(clock).open(file, false)) {
            assertNewestFirst(ChangeLog.all(reopened).subList(0, 5));
            assertSmokingHistory(ChangeLog.ofPriority(reopened, smoking));
        }
    }

    @Test
    void historyFromBeforeTheUpgradeIsListedButNotFilterable() throws Exception {
        Path file = dir.resolve("Old.crosswalk");
        WorkspaceFiles schemaFive = StoreFixtures.files(clock, "migrations/V001__workspace.sql",
                "migrations/V002__paper_settings.sql", "migrations/V003__plan_import.sql",
                "migrations/V004__suggestion_dismissal.sql", "migrations/V005__priority_lead.sql");
        UUID smoking;
        try (Workspace old = StoreFixtures.sample(schemaFive, file)) {
            smoking = priority(old.load(), "Reduce smoking prevalence").id();
            old.history().execute(OutlineEdits.renamePriority(smoking, "Tobacco"));
        }
        try (Workspace upgraded = StoreFixtures.files(clock).open(file, false)) {
            List<HistoryEntry> before = ChangeLog.all(upgraded);
            assertEquals("Rename priority ‘Reduce smoking prevalence’ to ‘Tobacco’", before.get(0).what());
            assertTrue(before.stream().noneMatch(HistoryEntry::filterable), "old entries have no touched rows");
            assertEquals(List.of(), ChangeLog.ofPriority(upgraded, smoking));

            upgraded.history().execute(OutlineEdits.renamePriority(smoking, "Reduce smoking prevalence"));
            List<HistoryEntry> after = ChangeLog.ofPriority(upgraded, smoking);
            assertEquals(List.of("Rename priority ‘Tobacco’ to ‘Reduce smoking prevalence’"),
                    after.stream().map(HistoryEntry::what).toList());
            assertTrue(after.get(0).filterable());
            assertFalse(ChangeLog.all(upgraded).get(1).filterable());
        }
    }

    @Test
    void readsTheLogsTimesAsInstantParseWould() {
        for (String at : List.of("2019-02-14T09:30:00Z", "2019-02-14T09:30:00.120Z", "2026-12-31T23:59:59.999Z",
                "2019-02-14T09:30:00.123456Z", "2019-02-14T09:30Z".replace("30Z", "30:00Z"))) {
            assertEquals(Instant.parse(at), ChangeLog.instant(at), at);
        }
        assertEquals(Instant.parse("2019-02-14T09:30:00+01:00"), ChangeLog.instant("2019-02-14T09:30:00+01:00"));
    }

    private static void assertNewestFirst(List<HistoryEntry> latest) {
        assertEquals(List.of("Redo: Link 1.43 to ‘Smoking in pregnancy’", "Undo: Link 1.43 to ‘Smoking in pregnancy’",
                        "Link 1.43 to ‘Smoking in pregnancy’", "Rename priority ‘Reduce smoking prevalence’ to ‘Smoking in pregnancy’",
                        "Add priority ‘Healthy ageing’"),
                latest.stream().map(HistoryEntry::what).toList());
        assertEquals(List.of("redo", "undo", "edit", "edit", "edit"), latest.stream().map(HistoryEntry::action).toList());
        assertEquals(Instant.parse("2019-02-14T09:55:00Z"), latest.get(0).at());
        assertEquals(Instant.parse("2019-02-14T09:35:00Z"), latest.get(4).at());
        latest.forEach(entry -> assertEquals(StoreFixtures.AUTHOR, entry.author()));
        latest.forEach(entry -> assertTrue(entry.filterable()));
    }

    private static void assertSmokingHistory(List<HistoryEntry> smoking) {
        assertEquals(List.of("Redo: Link 1.43 to ‘Smoking in pregnancy’", "Undo: Link 1.43 to ‘Smoking in pregnancy’",
                        "Link 1.43 to ‘Smoking in pregnancy’", "Rename priority ‘Reduce smoking prevalence’ to ‘Smoking in pregnancy’"),
                smoking.subList(0, 4).stream().map(HistoryEntry::what).toList());
    }

    static Priority priority(WorkspaceContent content, String title) {
        return content.priorities().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    static PlanItem unlinkedItem(WorkspaceContent content, UUID priority) {
        return content.items().stream().filter(PlanItem::hasNumber)
                .filter(i -> content.link(priority, i.id()).isEmpty()).findFirst().orElseThrow();
    }
}
