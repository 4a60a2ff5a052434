package org.crosswalk.ui.planimport;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.FxDialogService;
import org.crosswalk.ui.OwnedScenes;
import org.crosswalk.ui.WorkspaceSession;
import org.crosswalk.ui.planimport.ImportViewModel.Phase;

/**
 * File > Import National Plan: a window of its own (the main window stays usable) that reads the
 * file on its own thread, then holds the review until Import or Cancel.
 */
public final class PlanImportWindow {
    private final Stage stage = new Stage();
    private final ImportViewModel model;
    private final DialogService dialogs;
    private final CommitFields fields = new CommitFields();
    private final ExecutorService reading = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crosswalk-plan-reader");
        thread.setDaemon(true);
        return thread;
    });
    private final PageImages pages;
    private final BorderPane root = new BorderPane();

    public PlanImportWindow(Window owner, WorkspaceSession session, Path file, PlanFileReader reader,
                            String stylesheet, Path logDir) {
        dialogs = new FxDialogService(stage, logDir, null);
        model = new ImportViewModel(file, reader, session, dialogs, reading, Platform::runLater);
        pages = model.isPdf() ? new PageImages() : null;
        stage.initOwner(owner);
        stage.setTitle("Import a national plan — " + file.getFileName());

        root.getStyleClass().add("plan-import");
        root.setCenter(new ReadingPane(model, this::cancel));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = OwnedScenes.of(owner, root, Math.min(1500, screen.getWidth() * 0.94),
                Math.min(960, screen.getHeight() * 0.92), stylesheet);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);

        model.phaseProperty().addListener((o, old, now) -> phase(now));
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            if (model.phaseProperty().get() != Phase.DONE) {
                model.cancel();
            }
            reading.shutdownNow();
            if (pages != null) {
                pages.close();
            }
        });
    }

    /** Shows the window and starts reading. */
    public void show() {
        stage.show();
        model.start();
    }

    public Stage stage() {
        return stage;
    }

    public ImportViewModel model() {
        return model;
    }

    private void phase(Phase phase) {
        if (phase == Phase.REVIEW) {
            ReviewPane review = new ReviewPane(model, model.reviewProperty().get(), fields, pages, this::cancel);
            review.disableProperty().bind(model.importingProperty());
            // Park the focus on the window itself first: if the reading pane's Cancel button still
            // had it when removed, the scene would hand it to the first control on its next pulse.
            root.requestFocus();
            root.setCenter(review);
            review.focusItems();
            Platform.runLater(review::focusItems);
        } else if (phase == Phase.DONE && stage.isShowing()) {
            stage.close();
        }
    }

    private void cancel() {
        fields.commitAll();
        if (mayClose()) {
            model.cancel();
        }
    }

    private boolean mayClose() {
        fields.commitAll();
        return !model.hasUnsavedCorrections() || dialogs.confirm("Close without importing?",
                "Your corrections to this plan will be lost. Nothing has been added to the workspace.",
                "Close without importing");
    }

    /**
     * Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo corrections; in a field holding typing not
     * yet handed back, and in the plan details, they undo the typing instead.
     */
    private void undoKeys(KeyEvent e) {
        ReviewViewModel review = model.reviewProperty().get();
        if (review == null || !e.isShortcutDown()) {
            return;
        }
        boolean undo = e.getCode() == KeyCode.Z && !e.isShiftDown();
        boolean redo = e.getCode() == KeyCode.Z && e.isShiftDown() || e.getCode() == KeyCode.Y;
        if (!undo && !redo) {
            return;
        }
        var focused = stage.getScene().getFocusOwner();
        boolean typing = fields.isDirty(focused) || focused instanceof javafx.scene.control.TextInputControl field
                && field.getStyleClass().contains("import-detail");
        if (typing) {
            return;
        }
        e.consume();
        if (undo) {
            review.undo();
        } else {
            review.redo();
        }
    }
}
