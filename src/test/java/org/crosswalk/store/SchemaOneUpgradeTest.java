package org.crosswalk.store;

import static org.crosswalk.store.StoreFixtures.listing;
import static org.crosswalk.store.StoreFixtures.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.PaperEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real upgrade this version ships: a schema-1 workspace (0.1.0 before paper settings) opened now. */
class SchemaOneUpgradeTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();

    @Test
    void aSchemaOneWorkspaceIsBackedUpThenGetsPaperSettings() throws Exception {
        Path file = dir.resolve("HWB.crosswalk");
        UUID theme = UUID.randomUUID();
        try (Workspace old = StoreFixtures.files(clock, "migrations/V001__workspace.sql").create(file, "HWB", "")) {
            String board = (String) scalar(file, "SELECT id FROM board");
            old.history().execute(OutlineEdits.addTheme(UUID.fromString(board), theme, "Prevent"));
        }
        assertEquals(1, ((Number) scalar(file, "PRAGMA user_version")).intValue());

        try (Workspace upgraded = StoreFixtures.files(clock).open(file, false)) {
            WorkspaceContent content = upgraded.load();
            assertEquals("Prevent", content.theme(theme).orElseThrow().title());
            assertEquals(PaperSettings.defaults(), content.paper());

            PaperSettings edited = new PaperSettings("Overview", "", "14 February 2019", "HIB9", "", "", "", "", "",
                    "", PaperSettings.QuoteMode.FULL_PARAGRAPH, false, true, true);
            upgraded.history().execute(PaperEdits.save(edited));
            assertEquals(edited, upgraded.load().paper());
            upgraded.history().undo();
            assertEquals(PaperSettings.defaults(), upgraded.load().paper());
            upgraded.history().redo();
        }
        assertEquals(Migrations.builtIn().latest(), ((Number) scalar(file, "PRAGMA user_version")).intValue());
        assertTrue(listing(dir).stream().anyMatch(name -> name.startsWith("HWB (backup before upgrade, ")),
                listing(dir).toString());
        try (Workspace reopened = StoreFixtures.files(clock).open(file, true)) {
            assertEquals("HIB9", reopened.load().paper().reference());
        }
    }
}
