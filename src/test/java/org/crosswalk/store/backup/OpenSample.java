package org.crosswalk.store.backup;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.UUID;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.OutlineEdits;

/** The sample open as "Board plan.crosswalk" in a test folder, a hand-moved clock, backups named in UTC. */
final class OpenSample implements AutoCloseable {
    final TestClock clock = new TestClock();
    final WorkspaceFiles files = StoreFixtures.files(clock);
    final Backups backups;
    /** The open workspace; a restore replaces it. */
    Workspace workspace;

    OpenSample(Path dir, Path backupFolder) throws Exception {
        workspace = StoreFixtures.sample(files, dir.resolve("Board plan.crosswalk"));
        backups = new Backups(backupFolder, clock, files, ZoneOffset.UTC);
    }

    void addTheme(String title) throws Exception {
        workspace.history().execute(OutlineEdits.addTheme(workspace.load().board().id(), UUID.randomUUID(), title));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
