package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.LinkEdits;

/**
 * The sample workspace with the links of "Reduce smoking prevalence" removed: the one priority
 * without links or "not mentioned", so suggestions and drafts have something to propose.
 */
final class SmokingSample {
    static final String SMOKING = "Reduce smoking prevalence";

    private SmokingSample() {
    }

    /** Writes it to {@code file}, each unlink an edit of its own (as a person would have made them). */
    static Path create(UiServices services, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (Workspace workspace = services.sample().create(services.files(), file)) {
            Priority smoking = smoking(workspace.load());
            for (Link link : workspace.load().linksOf(smoking.id())) {
                workspace.history().execute(LinkEdits.unlink(link.id()));
            }
        }
        return file;
    }

    static Priority smoking(WorkspaceContent content) {
        return content.priorities().stream().filter(p -> p.title().equals(SMOKING)).findFirst().orElseThrow();
    }
}
