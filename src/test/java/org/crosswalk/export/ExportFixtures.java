package org.crosswalk.export;

import java.nio.file.Path;
import java.time.Clock;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;

/** The sample workspace (seed 001's table, see plans.catalogue.SeedTable) as content and as a paper. */
public final class ExportFixtures {
    private ExportFixtures() {
    }

    public static WorkspaceContent sampleContent(Path dir) throws Exception {
        Path file = dir.resolve(SampleWorkspace.FILE_NAME);
        WorkspaceFiles files = new WorkspaceFiles(() -> "Tester", Clock.systemUTC());
        try (Workspace workspace = new SampleWorkspace(new PlanCatalogue()).create(files, file)) {
            return workspace.load();
        }
    }

    public static Paper samplePaper(Path dir) throws Exception {
        return PaperBuilder.build(sampleContent(dir));
    }
}
