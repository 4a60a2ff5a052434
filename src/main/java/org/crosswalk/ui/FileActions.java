package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.edit.PlanEdits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** New, Open, Open recent, the sample, Save a copy as, adding a built-in plan, the author name. */
public final class FileActions {
    private static final Logger LOG = LoggerFactory.getLogger(FileActions.class);

    private final UiServices services;
    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final Command saveCopy;

    public FileActions(UiServices services, WorkspaceSession session, DialogService dialogs) {
        this.services = services;
        this.session = session;
        this.dialogs = dialogs;
        saveCopy = new Command(session.workspaceProperty().isNotNull(), this::saveCopyAs);
    }

    public Command saveCopy() {
        return saveCopy;
    }

    /** What the app opens at start: the file it was given, the last workspace, or (first run) the sample. */
    public void startup(Optional<Path> requested) {
        startup(StartupWorkspace.begin(services, requested));
    }

    /** Shows the start-up workspace once it has been opened in the background. */
    public void startup(StartupWorkspace start) {
        start.missingMessage().ifPresent(session.statusProperty()::set);
        start.path().ifPresent(path -> open(path, start::await));
    }

    public void newWorkspace() {
        dialogs.chooseWorkspaceToSave(documents(), "Priorities mapping" + WorkspaceFiles.EXTENSION)
                .ifPresent(path -> dialogs.askText("New workspace", "Name of the board whose priorities you will map "
                        + "(for example “Health Improvement Board”):", "")
                        .filter(board -> !board.isBlank())
                        .ifPresent(board -> session.open(() -> services.files().create(path, board, ""),
                                "Creating " + path.getFileName() + "…", created -> {
                                    remember(created);
                                    offerPlan();
                                }, this::explain)));
    }

    /** A new workspace has no national plan yet: offer the built-in ones straight away. */
    private void offerPlan() {
        java.util.List<String> keys = services.catalogue().keys();
        java.util.List<String> options = new java.util.ArrayList<>();
        keys.forEach(key -> options.add(services.catalogue().describe(key).orElse(key)));
        String none = "None for now (add one later from the File menu)";
        options.add(none);
        dialogs.choose("Add a national plan", "Which national plan will this board map its priorities to?", options)
                .filter(choice -> !choice.equals(none))
                .map(options::indexOf)
                .ifPresent(index -> addBuiltInPlan(keys.get(index)));
    }

    public void openWithChooser() {
        dialogs.chooseWorkspaceToOpen(session.path().map(Path::getParent).orElse(documents())).ifPresent(this::open);
    }

    /** Opens a workspace; if it is in use or read-only, offers to open it read-only. */
    public void open(Path path) {
        open(path, () -> services.files().open(path, false));
    }

    private void open(Path path, java.util.concurrent.Callable<Workspace> opener) {
        session.open(opener, "Opening " + path.getFileName() + "…",
                this::remember, problem -> {
                    if (problem.canOpenReadOnly() && dialogs.confirm("Open read-only?", problem.getMessage(),
                            "Open read-only")) {
                        session.open(() -> services.files().open(path, true), "Opening read-only…",
                                workspace -> { }, this::explain);
                    } else if (!problem.canOpenReadOnly()) {
                        if (problem.kind() == WorkspaceProblem.Kind.NOT_FOUND) {
                            services.preferences().removeRecentFile(path);
                        }
                        explain(problem);
                    }
                });
    }

    /** Opens the sample workspace in the documents folder, writing it first if it is not there. */
    public void openSample() {
        Path path = documents().resolve(org.crosswalk.plans.catalogue.SampleWorkspace.FILE_NAME);
        if (Files.isRegularFile(path)) {
            open(path);
            return;
        }
        session.open(() -> {
            WorkspaceFiles.makeFolderFor(path);
            return services.sample().create(services.files(), path);
        }, "Writing the sample workspace…", this::remember, this::explain);
    }

    /** Adds a built-in plan (read in the background, inside the edit). */
    public void addBuiltInPlan(String key) {
        session.execute(context -> PlanEdits.addPlan(services.catalogue().load(key)).plan(context));
    }

    public void editAuthorName() {
        dialogs.askText("Your name", "Name recorded with each of your changes:", services.preferences().authorName())
                .ifPresent(name -> {
                    services.preferences().setAuthorName(name);
                    session.statusProperty().set("Your changes will be recorded as made by " + name);
                });
    }

    private void saveCopyAs() {
        Workspace workspace = session.workspaceProperty().get();
        String suggested = WorkspaceFilesNames.copyName(workspace.path());
        dialogs.chooseWorkspaceToSave(workspace.path().getParent(), suggested).ifPresent(target ->
                session.background(() -> {
                    workspace.saveCopyAs(target);
                    return target;
                }, saved -> session.statusProperty().set("Saved a copy as " + saved),
                        error -> {
                            if (error instanceof WorkspaceProblem problem) {
                                explain(problem);
                            } else {
                                LOG.error("Copy failed", error);
                                dialogs.showProblem("Copy not saved", "Crosswalk could not save the copy. Your "
                                        + "workspace is unchanged. Details are in the log file.");
                            }
                        }));
    }

    private void remember(Workspace workspace) {
        services.preferences().addRecentFile(workspace.path());
    }

    private void explain(WorkspaceProblem problem) {
        dialogs.showProblem("Could not open", problem.getMessage());
    }

    private Path documents() {
        return services.paths().documentsDir();
    }

    /** Suggested names for copies. */
    static final class WorkspaceFilesNames {
        private WorkspaceFilesNames() {
        }

        static String copyName(Path path) {
            String name = path.getFileName().toString();
            String base = name.endsWith(WorkspaceFiles.EXTENSION)
                    ? name.substring(0, name.length() - WorkspaceFiles.EXTENSION.length()) : name;
            return base + " (copy)" + WorkspaceFiles.EXTENSION;
        }
    }
}
