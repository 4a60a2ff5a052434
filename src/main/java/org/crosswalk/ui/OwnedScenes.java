package org.crosswalk.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/** The scene of a window the main window opens: Crosswalk's style sheet and the owner's zoom. */
public final class OwnedScenes {
    private OwnedScenes() {
    }

    /**
     * A {@code width}×{@code height} scene for {@code root}, styled as Crosswalk ({@code stylesheet}, the
     * {@code crosswalk} style class) at the owner's text size (its root's zoom style; none without an owner).
     */
    public static Scene of(Window owner, Parent root, double width, double height, String stylesheet) {
        root.getStyleClass().add("crosswalk");
        root.setStyle(owner == null || owner.getScene() == null ? "" : owner.getScene().getRoot().getStyle());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheet);
        return scene;
    }
}
