package org.crosswalk.ui;

import org.crosswalk.export.ExportService;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.settings.AppPaths;
import org.crosswalk.settings.Preferences;
import org.crosswalk.store.WorkspaceFiles;

/** What the desktop app needs from the layers below it, and the version it shows in Help > About. */
public record UiServices(String version, AppPaths paths, Preferences preferences, WorkspaceFiles files,
                         PlanCatalogue catalogue, SampleWorkspace sample, ExportService exports) {
}
