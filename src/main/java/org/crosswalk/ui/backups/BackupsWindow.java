package org.crosswalk.ui.backups;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import org.crosswalk.ui.OwnedScenes;

/**
 * The Restore from Backup window: the backups on the left (newest first), what the chosen one
 * holds against now on the right, Restore and Open as a Copy below. Modal, so the workspace does
 * not change under the comparison.
 */
public final class BackupsWindow {
    private final Stage stage = new Stage();

    public BackupsWindow(Window owner, BackupsViewModel model, String stylesheet) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Restore from backup — " + model.workspaceName());

        ListView<BackupRow> list = new ListView<>(model.rows());
        list.setId("backupList");
        list.setCellFactory(view -> new BackupCell());
        list.setPrefWidth(430);
        list.getSelectionModel().selectedItemProperty().addListener((p, o, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((p, o, row) -> list.getSelectionModel().select(row));
        Label listHeading = heading("_Backups, newest first");
        listHeading.setLabelFor(list);
        VBox left = new VBox(6, listHeading, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label comparison = new Label();
        comparison.setId("backupComparison");
        comparison.setWrapText(true);
        comparison.textProperty().bind(model.comparisonProperty());
        Label folder = new Label(model.folderText());
        folder.setWrapText(true);
        folder.getStyleClass().add("hint");
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox right = new VBox(6, heading("This backup and the workspace now"), comparison, gap, folder);
        right.setPrefWidth(380);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox centre = new HBox(16, left, right);
        centre.setPadding(new Insets(12));
        BorderPane root = new BorderPane(centre, null, null, bottom(model), null);
        Scene scene = OwnedScenes.of(owner, root, 880, 520, stylesheet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        model.finishedProperty().addListener((p, was, done) -> {
            if (done) {
                stage.close();
            }
        });
        stage.setOnShown(e -> list.requestFocus());
    }

    private VBox bottom(BackupsViewModel model) {
        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Button copy = model.openAsCopy().bind(new Button("Open as a _Copy…"));
        copy.setId("openBackupCopyButton");
        Button restore = model.restore().bind(new Button("_Restore…"));
        restore.setId("restoreBackupButton");
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button folder = new Button("Show _Folder");
        folder.setOnAction(e -> model.showFolder());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, folder, spacer, copy, restore, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(8, message, buttons);
        bottom.setPadding(new Insets(0, 12, 12, 12));
        return bottom;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("pane-heading");
        label.setMnemonicParsing(true);
        return label;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** Two lines per backup: when and why; what it holds and its size. */
    private static final class BackupCell extends ListCell<BackupRow> {
        @Override
        protected void updateItem(BackupRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            setText(row.when() + "  ·  " + row.why() + "\n" + row.contents() + "  ·  " + row.size());
            setAccessibleText(row.toString());
        }
    }
}
