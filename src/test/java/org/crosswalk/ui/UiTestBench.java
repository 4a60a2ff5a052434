package org.crosswalk.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.settings.Preferences;
import org.crosswalk.store.WorkspaceFiles;

/** The view models wired together over a real sample file, with scripted dialogs. */
final class UiTestBench {
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final UiServices services;
    final WorkspaceSession session = new WorkspaceSession(new DirectTaskRunner(), dialogs);
    final Selection selection = new Selection(session);
    final FileActions files;

    UiTestBench(Path folder) {
        AppPaths paths = new AppPaths(folder.resolve("data"), folder.resolve("workspaces"));
        Preferences preferences = Preferences.load(paths.preferencesFile(), Runnable::run);
        PlanCatalogue catalogue = new PlanCatalogue();
        services = new UiServices("test", paths, preferences, new WorkspaceFiles(() -> "Tester", Clock.systemUTC()),
                catalogue, new SampleWorkspace(catalogue), org.crosswalk.export.Exporters.standard());
        files = new FileActions(services, session, dialogs);
    }

    UiTestBench withSample() {
        files.openSample();
        return this;
    }
}
