package org.crosswalk.ui.merge;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.store.merge.Choice;
import org.crosswalk.ui.OwnedScenes;

/**
 * The merge window: what merging the other copy brings, each difference side by side with a choice,
 * what happens without asking, and Merge (once every difference is decided) or Cancel. Modal, so
 * the workspace does not change under the comparison.
 */
public final class MergeWindow {
    private final Stage stage = new Stage();

    public MergeWindow(Window owner, MergeViewModel model, String otherName, String stylesheet) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());

        Label summary = new Label(model.summary());
        summary.setId("mergeSummary");
        summary.setWrapText(true);

        VBox cards = new VBox(10);
        int number = 1;
        for (ConflictChoice conflict : model.conflicts()) {
            cards.getChildren().add(new ConflictCard(number++, conflict, model, otherName));
        }
        if (model.conflicts().isEmpty()) {
            cards.getChildren().add(new Label("Nothing was changed differently on both copies: nothing to decide."));
        }
        cards.setPadding(new Insets(2, 8, 2, 2));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setId("mergeConflicts");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button allOurs = new Button("Keep _ours for all");
        allOurs.setOnAction(e -> model.chooseAll(Choice.OURS));
        Button allTheirs = new Button("Take _theirs for all");
        allTheirs.setOnAction(e -> model.chooseAll(Choice.THEIRS));
        allOurs.setDisable(model.conflicts().isEmpty());
        allTheirs.setDisable(model.conflicts().isEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox decideBar = new HBox(8, heading("Decide each difference"), spacer, allOurs, allTheirs);
        decideBar.setAlignment(Pos.CENTER_LEFT);

        ListView<String> changes = new ListView<>();
        changes.getItems().setAll(model.changeLines());
        changes.setId("mergeChanges");
        changes.setPrefHeight(150);
        changes.setPlaceholder(new Label("Nothing else changes."));
        Label changesHeading = heading("What merging does without asking");

        VBox centre = new VBox(8, summary, decideBar, scroll, changesHeading, changes);
        centre.setPadding(new Insets(12));
        BorderPane root = new BorderPane(centre, null, null, bottom(model), null);
        Scene scene = OwnedScenes.of(owner, root, 960, 680, stylesheet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        model.finishedProperty().addListener((p, was, done) -> {
            if (done) {
                stage.close();
            }
        });
    }

    private VBox bottom(MergeViewModel model) {
        Label message = new Label();
        message.setId("mergeMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button merge = model.merge().bind(new Button("_Merge"));
        merge.setId("mergeButton");
        merge.setDefaultButton(true);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelMergeButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, message, spacer, cancel, merge);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(8, buttons);
        bottom.setPadding(new Insets(0, 12, 12, 12));
        return bottom;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("pane-heading");
        return label;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
