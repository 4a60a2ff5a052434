package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.crosswalk.plans.catalogue.SampleWorkspace;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;

/**
 * The workspace shown at start (the file asked for, else the last one used, else on first run
 * the sample), opened on its own thread from the moment the app starts, while JavaFX starts
 * and the window is built.
 */
public final class StartupWorkspace {
    private final Path path;
    private final String missingMessage;
    private final CompletableFuture<Workspace> opening;

    private StartupWorkspace(Path path, String missingMessage, CompletableFuture<Workspace> opening) {
        this.path = path;
        this.missingMessage = missingMessage;
        this.opening = opening;
    }

    /** Decides what to open and starts opening it in the background. */
    public static StartupWorkspace begin(UiServices services, Optional<Path> requested) {
        if (requested.isPresent()) {
            Path file = requested.get();
            return opening(file, () -> services.files().open(file, false));
        }
        Optional<Path> last = services.preferences().lastWorkspace();
        if (last.isPresent() && Files.isRegularFile(last.get())) {
            return opening(last.get(), () -> services.files().open(last.get(), false));
        }
        if (last.isPresent()) {
            services.preferences().removeRecentFile(last.get());
            return new StartupWorkspace(null, "The last workspace, " + last.get().getFileName() + ", was not found. "
                    + "Open another one or start a new one from the File menu.", null);
        }
        Path sample = services.paths().documentsDir().resolve(SampleWorkspace.FILE_NAME);
        return opening(sample, () -> {
            if (Files.isRegularFile(sample)) {
                return services.files().open(sample, false);
            }
            WorkspaceFiles.makeFolderFor(sample);
            return services.sample().create(services.files(), sample);
        });
    }

    private interface Opener {
        Workspace open() throws Exception;
    }

    private static StartupWorkspace opening(Path path, Opener opener) {
        CompletableFuture<Workspace> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Workspace opened = opener.open();
                DesktopLauncher.phase("workspace-opened");
                future.complete(opened);
            } catch (Exception | Error e) {
                future.completeExceptionally(e);
            }
        }, "crosswalk-startup-open");
        thread.setDaemon(true);
        thread.start();
        return new StartupWorkspace(path, null, future);
    }

    /** {@code path} being opened elsewhere, ready when {@code opening} completes (tests: a slow disk). */
    static StartupWorkspace openingElsewhere(Path path, CompletableFuture<Workspace> opening) {
        return new StartupWorkspace(path, null, opening);
    }

    /** The file being opened; empty when there is nothing to open (see {@link #missingMessage()}). */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public Optional<String> missingMessage() {
        return Optional.ofNullable(missingMessage);
    }

    /** Waits for the workspace; throws what opening threw (a WorkspaceProblem, say). */
    Workspace await() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }
}
