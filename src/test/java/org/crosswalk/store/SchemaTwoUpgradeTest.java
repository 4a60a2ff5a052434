package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.listing;
import static org.crosswalk.store.StoreFixtures.query;
import static org.crosswalk.store.StoreFixtures.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.PlanEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real upgrade this version ships: a schema-2 workspace (the Oxfordshire sample on the NHS Long
 * Term Plan, with its links) opened now. plan_item is rebuilt under the links that point at it; not
 * one link, item or id may be lost.
 */
class SchemaTwoUpgradeTest {
    private static final String[] SCHEMA_2 = {"migrations/V001__workspace.sql", "migrations/V002__paper_settings.sql"};

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private Path file;
    private WorkspaceContent original;
    private Map<String, List<Map<String, Object>>> originalRows;

    @BeforeEach
    void writeSchemaTwoFile() throws Exception {
        file = dir.resolve("Oxfordshire HIB.crosswalk");
        try (Workspace old = StoreFixtures.sample(StoreFixtures.files(clock, SCHEMA_2), file)) {
            // Gaps in the old implicit rowids, as deletes leave them: unlink a link and link it again.
            Link first = old.load().links().get(0);
            old.history().execute(LinkEdits.unlink(first.id()));
            old.history().execute(LinkEdits.link(first.priorityId(), first.planItemId(), first.id()));
            original = old.load();
        }
        originalRows = StoreFixtures.dump(file);
        assertEquals(2, SqliteHeader.read(file).userVersion());
        assertTrue(original.links().size() > 10, "the sample has links");
        clock.advance(Duration.ofDays(30));
    }

    @Test
    void upgradeKeepsEveryRowAndIdAndEveryLink() throws Exception {
        try (Workspace upgraded = StoreFixtures.files(clock).open(file, false)) {
            assertEquals(original, upgraded.load());
            int foreignKeys = upgraded.read(c -> intValue(c, "PRAGMA foreign_keys"));
            assertEquals(1, foreignKeys, "foreign keys are on again");
        }
        assertEquals(Migrations.builtIn().latest(), ((Number) scalar(file, "PRAGMA user_version")).intValue());
        Map<String, List<Map<String, Object>>> rows = StoreFixtures.dump(file);
        rows.get("plan_item").forEach(row -> assertTrue(row.remove("seq") instanceof Number, row.toString()));
        rows.get("plan").forEach(row -> assertEquals(null, row.remove("replaces_plan_id")));
        rows.get("link").forEach(row -> {
            assertEquals(null, row.remove("review"));
            assertEquals(null, row.remove("review_note"));
        });
        rows.get("priority").forEach(row -> assertEquals("", row.remove("lead"), "schema 5: no lead named yet"));
        rows.get("priority").forEach(row -> {
            assertEquals("", row.remove("action"), "tracking: no action yet");
            assertEquals("", row.remove("progress_note"), "tracking: no update yet");
            for (String column : new String[] {"status", "due_date", "progress_at", "progress_by"}) {
                assertEquals(null, row.remove(column), "tracking: no " + column + " yet");
            }
        });
        // The history-and-snapshots migration notes where the log's recorded rows begin: after the old entries.
        assertTrue(rows.get("workspace_info").removeIf(row -> "change_rows_from_seq".equals(row.get("key"))));
        assertEquals(originalRows, rows, "every row, id and stamp of every table");
        assertEquals(List.of(), query(file, "PRAGMA foreign_key_check"));
        assertEquals(originalRows.get("plan_item").size(), ((Number) scalar(file,
                "SELECT count(DISTINCT seq) FROM plan_item")).intValue());
    }

    @Test
    void theBackupIsTheSchemaTwoFileAsItWas() throws Exception {
        StoreFixtures.files(clock).open(file, false).close();
        List<String> backups = listing(dir).stream().filter(n -> n.startsWith("Oxfordshire HIB (backup before upgrade, "))
                .toList();
        assertEquals(1, backups.size(), listing(dir).toString());
        Path backup = dir.resolve(backups.get(0));
        assertEquals(2, SqliteHeader.read(backup).userVersion());
        assertEquals(originalRows, StoreFixtures.dump(backup));
    }

    @Test
    void migratedItemsAreInTheSearchIndexUnderTheirOwnIds() throws Exception {
        StoreFixtures.files(clock).open(file, false).close();
        assertEquals(scalar(file, "SELECT count(*) FROM plan_item"), scalar(file, "SELECT count(*) FROM plan_item_search"));
        // Paragraph 2.18 of the Long Term Plan (obesity), found by words of its text and of its heading.
        PlanItem p218 = original.items().stream().filter(i -> "2.18".equals(i.number())).findFirst().orElseThrow();
        List<Map<String, Object>> hits = query(file, "SELECT p.id, p.number FROM plan_item_search "
                + "JOIN plan_item p ON p.seq = plan_item_search.rowid "
                + "WHERE plan_item_search MATCH 'number:\"2 18\"'");
        assertEquals(List.of(Map.of("id", p218.id().toString(), "number", "2.18")), hits);
        String section = original.section(p218.sectionId()).orElseThrow().title();
        List<Object> bySection = query(file, "SELECT p.id FROM plan_item_search JOIN plan_item p "
                + "ON p.seq = plan_item_search.rowid WHERE plan_item_search MATCH 'heading:\"" + section
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + "\"'").stream().map(r -> r.get("id")).toList();
        assertTrue(bySection.contains(p218.id().toString()), section + " → " + bySection);
        // Every indexed row is an item, with its number and text.
        assertEquals(List.of(), query(file, "SELECT s.rowid FROM plan_item_search s LEFT JOIN plan_item p "
                + "ON p.seq = s.rowid WHERE p.id IS NULL OR p.text <> s.text OR p.number IS NOT s.number "
                + "AND NOT (p.number IS NULL AND s.number = '')"));
    }

    @Test
    void afterTheUpgradeTheNewItemKindsAndLinkReviewsCanBeStored() throws Exception {
        try (Workspace upgraded = StoreFixtures.files(clock).open(file, false)) {
            UUID planId = UUID.randomUUID();
            Chapter chapter = new Chapter(UUID.randomUUID(), planId, "1", "Case studies", 0);
            List<PlanItem> items = new ArrayList<>();
            for (ItemKind kind : ItemKind.values()) {
                items.add(new PlanItem(UUID.randomUUID(), planId, chapter.id(), null, null, null, kind,
                        "A " + kind.displayName() + " about social prescribing.", null, items.size()));
            }
            upgraded.history().execute(PlanEdits.addPlan(new PlanContent(new Plan(planId, "Examples", "EX", "2026",
                    null, null, null, null), List.of(chapter), List.of(), items)));
            assertEquals(items, upgraded.load().planItems(planId));
            upgraded.history().undo();
            assertEquals(original, upgraded.load());
        }
        try (var raw = StoreFixtures.raw(file); var statement = raw.createStatement()) {
            statement.execute("UPDATE link SET review = 'changed', review_note = 'Earlier text.' WHERE id = '"
                    + original.links().get(0).id() + "'");
            assertThrowsCheck(statement, "UPDATE link SET review = 'maybe'");
        }
        try (Workspace reopened = StoreFixtures.files(clock).open(file, true)) {
            Link link = reopened.load().link(original.links().get(0).id()).orElseThrow();
            assertEquals(LinkReview.CHANGED, link.review());
            assertEquals("Earlier text.", link.reviewNote());
        }
    }

    private static void assertThrowsCheck(java.sql.Statement statement, String sql) {
        java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> statement.execute(sql));
        assertTrue(refused.getMessage().contains("CHECK"), refused.getMessage());
    }

    private static int intValue(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getInt(1);
        }
    }
}
