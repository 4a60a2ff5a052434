package org.crosswalk.ui;

import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.settings.Preferences;
import org.crosswalk.store.WorkspaceFiles;

/** What the desktop app needs from the layers below it. */
public record UiServices(AppPaths paths, Preferences preferences, WorkspaceFiles files, PlanCatalogue catalogue,
                         SampleWorkspace sample) {
}
