package org.crosswalk.app;

import java.time.Clock;
import org.crosswalk.export.ExportService;
import org.crosswalk.export.Exporters;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.settings.Preferences;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.store.merge.Merges;

/** The parts of Crosswalk, built once with plain constructors and shared by the GUI and the CLI. */
public record Wiring(AppPaths paths, Preferences preferences, WorkspaceFiles files, PlanCatalogue catalogue,
                     SampleWorkspace sample, ExportService exports) {

    public static Wiring create(AppPaths paths) {
        Preferences preferences = Preferences.load(paths.preferencesFile());
        PlanCatalogue catalogue = new PlanCatalogue();
        WorkspaceFiles files = new WorkspaceFiles(preferences::authorName, Clock.systemUTC());
        // The copy written beside a workspace before an upgrade is also kept with its other backups.
        Wiring wiring = new Wiring(paths, preferences, files, catalogue, new SampleWorkspace(catalogue),
                Exporters.standard());
        files.keepUpgradeCopiesWith(wiring.backups()::keepUpgradeCopy);
        return wiring;
    }

    /** The workspaces' backups, in the data folder. */
    public Backups backups() {
        return new Backups(paths.backupDir(), Clock.systemUTC(), files);
    }

    /** Merging another copy of a workspace, as the author named in the preferences. */
    public Merges merges() {
        return new Merges(preferences::authorName, Clock.systemUTC());
    }
}
