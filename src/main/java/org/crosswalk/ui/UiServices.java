package org.crosswalk.ui;

import java.time.Clock;
import org.crosswalk.export.ExportService;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.settings.Preferences;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.merge.Merges;

/** What the desktop app needs from the layers below it, and the version it shows in Help > About. */
public record UiServices(String version, AppPaths paths, Preferences preferences, WorkspaceFiles files,
                         PlanCatalogue catalogue, SampleWorkspace sample, ExportService exports) {

    /** The workspaces' backups, in the data folder. */
    public Backups backups() {
        return new Backups(paths.backupDir(), Clock.systemUTC(), files);
    }

    /** Merging another copy of a workspace, as the author named in the preferences. */
    public Merges merges() {
        return new Merges(preferences::authorName, Clock.systemUTC());
    }
}
