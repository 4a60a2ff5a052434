package org.crosswalk.ui.snapshots;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.ui.OwnedScenes;

/** The snapshot windows' common frame: owner, title, the app's style and zoom, Escape closes. */
final class SnapshotStages {
    private SnapshotStages() {
    }

    static Stage stage(Window owner, String title, Parent root, double width, double height, String stylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = OwnedScenes.of(owner, root, width, height, stylesheet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        return stage;
    }
}
