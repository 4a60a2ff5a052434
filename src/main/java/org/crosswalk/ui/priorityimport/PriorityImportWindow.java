package org.crosswalk.ui.priorityimport;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.crosswalk.ui.OwnedScenes;
import org.crosswalk.ui.WorkspaceSession;

/**
 * File > Import Priorities, once the file is read: which table, what its columns hold, the
 * preview, and Import. Modal to the main window, which shows the result when it closes.
 */
public final class PriorityImportWindow {
    private final Stage stage = new Stage();
    private final PriorityImportViewModel model;

    public PriorityImportWindow(Window owner, WorkspaceSession session, TableSetup setup, String stylesheet) {
        model = new PriorityImportViewModel(setup, session);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import priorities — " + setup.fileName());

        ColumnsPane columns = new ColumnsPane(setup);
        columns.visibleProperty().bind(setup.mappingProperty().isNotNull());
        columns.managedProperty().bind(columns.visibleProperty());
        PreviewPane preview = new PreviewPane(model);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox centre = new VBox(12, columns, preview);
        centre.setPadding(new Insets(0, 12, 0, 12));

        BorderPane root = new BorderPane(centre, top(setup), null, bottom(), null);
        root.getStyleClass().add("priority-import");
        double width = Math.min(1100, Screen.getPrimary().getVisualBounds().getWidth() - 40);
        double height = Math.min(720, Screen.getPrimary().getVisualBounds().getHeight() - 60);
        Scene scene = OwnedScenes.of(owner, root, width, height, stylesheet);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        model.doneProperty().addListener((o, old, now) -> {
            if (now) {
                stage.close();
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public PriorityImportViewModel model() {
        return model;
    }

    private VBox top(TableSetup setup) {
        Label title = new Label("Import priorities from " + setup.fileName());
        title.getStyleClass().add("pane-heading");
        Label explanation = new Label("Themes, priorities and sub-items that are not in the workspace yet are "
                + "added; those already there (the same wording) are left as they are. Import is one change: "
                + "Undo (Ctrl+Z) takes it all back.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        ComboBox<TableChoice> table = new ComboBox<>();
        table.setId("importTableChoice");
        table.getItems().setAll(setup.choices());
        table.valueProperty().bindBidirectional(setup.tableProperty());
        Label tableLabel = new Label("_Read from:");
        tableLabel.setMnemonicParsing(true);
        tableLabel.setLabelFor(table);

        ComboBox<Integer> level = new ComboBox<>(javafx.collections.FXCollections.observableList(setup.themeLevels()));
        level.setId("importThemeLevel");
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value == 0 ? "No headings (all under one theme)" : "Heading " + value;
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        level.setValue(setup.themeLevelProperty().get());
        level.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                setup.themeLevelProperty().set(now);
            }
        });
        Label levelLabel = new Label("_Themes are:");
        levelLabel.setMnemonicParsing(true);
        levelLabel.setLabelFor(level);
        HBox levelBox = new HBox(8, levelLabel, level);
        levelBox.setAlignment(Pos.CENTER_LEFT);
        levelBox.visibleProperty().bind(setup.mappingProperty().isNull().and(setup.tableProperty().isNotNull()));
        levelBox.managedProperty().bind(levelBox.visibleProperty());

        HBox choices = new HBox(8, tableLabel, table, new Label("   "), levelBox);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, explanation, choices);
        top.setPadding(new Insets(12, 12, 10, 12));
        return top;
    }

    private HBox bottom() {
        Label reason = new Label();
        reason.setId("importReason");
        reason.setWrapText(true);
        reason.setMinWidth(0);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.messageProperty()
                .get().isEmpty() ? model.blockedReasonProperty().get() : model.messageProperty().get(),
                model.messageProperty(), model.blockedReasonProperty()));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button importButton = new Button();
        importButton.setId("importButton");
        importButton.textProperty().bind(model.importLabelProperty());
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.setDefaultButton(true);
        importButton.getStyleClass().add("accept-button");
        importButton.setOnAction(e -> model.importPriorities());
        importButton.setMinWidth(Button.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        HBox bar = new HBox(8, reason, importButton, cancel);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("dialog-buttons");
        // The keyboard starts on Import, which Enter presses.
        Platform.runLater(importButton::requestFocus);
        return bar;
    }
}
