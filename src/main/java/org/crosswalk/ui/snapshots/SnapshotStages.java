package org.crosswalk.ui.snapshots;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The snapshot windows' common frame: owner, title, the app's style and zoom, Escape closes. */
final class SnapshotStages {
    private SnapshotStages() {
    }

    static Stage stage(Window owner, String title, Parent root, double width, double height, String stylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        root.getStyleClass().add("crosswalk");
        root.setStyle(owner.getScene() == null ? "" : owner.getScene().getRoot().getStyle());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        return stage;
    }
}
