package org.crosswalk.store.backup;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.UUID;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.OutlineEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the backup tests start from: the sample open as "Board plan.crosswalk" in a test folder, a
 * hand-moved clock, and backups in {@code backups/} named in UTC.
 */
abstract class OpenSample {
    @TempDir
    Path dir;

    final TestClock clock = new TestClock();
    final WorkspaceFiles files = StoreFixtures.files(clock);
    Backups backups;
    /** The open workspace; a restore replaces it. */
    Workspace workspace;

    @BeforeEach
    void openSample() throws Exception {
        workspace = StoreFixtures.sample(files, dir.resolve("Board plan.crosswalk"));
        backups = new Backups(dir.resolve("backups"), clock, files, ZoneOffset.UTC);
    }

    @AfterEach
    void closeSample() {
        workspace.close();
    }

    void addTheme(String title) throws Exception {
        workspace.history().execute(OutlineEdits.addTheme(workspace.load().board().id(), UUID.randomUUID(), title));
    }
}
