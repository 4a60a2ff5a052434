package org.crosswalk.store.backup;

import static org.crosswalk.store.StoreFixtures.dump;
import static org.crosswalk.store.StoreFixtures.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "backup before upgrade" copy stays beside the file and is also listed with the other backups. */
class UpgradeCopyTest {
    private static final String[] OLDER = {"migrations/V001__workspace.sql", "migrations/V002__paper_settings.sql"};
    private static final String NEXT = "migrations/V003__test_add_column.sql";

    @TempDir
    Path dir;

    @Test
    void theCopyBeforeAnUpgradeIsKeptInTheBackupsFolderToo() throws Exception {
        TestClock clock = new TestClock();
        Path file = dir.resolve("Board plan.crosswalk");
        StoreFixtures.sample(StoreFixtures.files(clock, OLDER), file).close();
        Map<String, List<Map<String, Object>>> beforeUpgrade = dump(file);
        clock.advance(Duration.ofDays(30));

        WorkspaceFiles newer = StoreFixtures.files(clock, OLDER[0], OLDER[1], NEXT);
        Backups backups = new Backups(dir.resolve("backups"), clock, newer, ZoneOffset.UTC);
        newer.keepUpgradeCopiesWith(backups::keepUpgradeCopy);
        try (Workspace upgraded = newer.open(file, false)) {
            List<Backup> kept = backups.list(upgraded);
            assertEquals(1, kept.size());
            Backup copy = kept.get(0);
            assertEquals("Board plan (2019-03-16 09-30-00, before upgrade).crosswalk", copy.file().getFileName().toString());
            assertEquals(beforeUpgrade, dump(copy.file()));
            assertEquals(2, ((Number) scalar(copy.file(), "PRAGMA user_version")).intValue());
            assertTrue(Files.list(dir).anyMatch(p -> p.getFileName().toString()
                    .startsWith("Board plan (backup before upgrade, ")), "the copy beside the file is still there");
        }
    }

    @Test
    void aBackupsFolderThatCannotBeWrittenDoesNotStopTheUpgrade() throws Exception {
        TestClock clock = new TestClock();
        Path file = dir.resolve("Board plan.crosswalk");
        StoreFixtures.sample(StoreFixtures.files(clock, OLDER), file).close();
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file");
        WorkspaceFiles newer = StoreFixtures.files(clock, OLDER[0], OLDER[1], NEXT);
        newer.keepUpgradeCopiesWith(new Backups(notAFolder.resolve("backups"), clock, newer)::keepUpgradeCopy);
        try (Workspace upgraded = newer.open(file, false)) {
            assertEquals(3, ((Number) scalar(file, "PRAGMA user_version")).intValue());
            assertTrue(upgraded.load().themes().size() > 0);
        }
    }
}
