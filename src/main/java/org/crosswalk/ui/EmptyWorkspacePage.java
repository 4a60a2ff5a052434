package org.crosswalk.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * "No workspace is open", with buttons to open the sample, make a new workspace or open one. It is
 * put in the window only once it is needed: at start a workspace is usually being opened, and a
 * hidden page would still be styled and laid out while the window opens.
 */
final class EmptyWorkspacePage {
    private final StackPane body;
    private final WorkspaceSession session;
    private final FileActions files;
    private final InvalidationListener whenNeeded = this::addIfNeeded;
    private boolean added;

    private EmptyWorkspacePage(StackPane body, WorkspaceSession session, FileActions files) {
        this.body = body;
        this.session = session;
        this.files = files;
    }

    /**
     * Adds the page to {@code body} when the window shows with no workspace, or later once no
     * workspace is open and none is being opened.
     */
    static void addWhenNeeded(StackPane body, Stage stage, WorkspaceSession session, FileActions files) {
        EmptyWorkspacePage page = new EmptyWorkspacePage(body, session, files);
        session.contentProperty().addListener(page.whenNeeded);
        session.busyProperty().addListener(page.whenNeeded);
        // Decided when the window is about to show: by then the start-up workspace, if any, is open or opening.
        if (stage.isShowing()) {
            page.addIfNeeded(null);
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, new EventHandler<>() {
            @Override
            public void handle(WindowEvent showing) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWING, this);
                page.addIfNeeded(null);
            }
        });
    }

    private void addIfNeeded(Observable changed) {
        if (added || session.contentProperty().get() != null || session.busyProperty().get()) {
            return;
        }
        added = true;
        session.contentProperty().removeListener(whenNeeded);
        session.busyProperty().removeListener(whenNeeded);
        body.getChildren().add(build());
    }

    private VBox build() {
        Label title = new Label("No workspace is open");
        title.getStyleClass().add("empty-title");
        Label help = new Label("A workspace holds one board's priorities mapped to national plans, in one file.");
        help.setWrapText(true);
        Button sample = new Button("Open the sample (Oxfordshire HIB, 2019)");
        sample.setOnAction(e -> files.openSample());
        Button create = new Button("New workspace…");
        create.setOnAction(e -> files.newWorkspace());
        Button open = new Button("Open…");
        open.setOnAction(e -> files.openWithChooser());
        VBox box = new VBox(12, title, help, new HBox(8, sample, create, open));
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(620);
        box.visibleProperty().bind(session.contentProperty().isNull().and(session.busyProperty().not()));
        box.getStyleClass().add("empty-state");
        return box;
    }
}
