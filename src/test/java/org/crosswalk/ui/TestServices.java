package org.crosswalk.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.crosswalk.export.Exporters;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.settings.Preferences;
import org.crosswalk.store.WorkspaceFiles;

/** What the real window gets from below, for a test: data in {@code data}, author "Test Officer". */
final class TestServices {
    private TestServices() {
    }

    static UiServices in(Path data) {
        AppPaths paths = new AppPaths(data, data.resolve("workspaces"));
        Preferences preferences = Preferences.load(paths.preferencesFile(), Runnable::run);
        preferences.setAuthorName("Test Officer");
        PlanCatalogue catalogue = new PlanCatalogue();
        return new UiServices("test", paths, preferences,
                new WorkspaceFiles(preferences::authorName, Clock.systemUTC()), catalogue,
                new SampleWorkspace(catalogue), Exporters.standard());
    }
}
