package org.crosswalk.ui.planimport;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.crosswalk.ui.planimport.ImportViewModel.Phase;

/** While the file is read: its name, a progress bar, "Reading page 12 of 136" and Cancel; or why it failed. */
final class ReadingPane extends VBox {
    ReadingPane(ImportViewModel model, Runnable cancel) {
        setSpacing(14);
        setAlignment(Pos.CENTER);
        setMaxWidth(560);
        getStyleClass().add("import-reading");

        Label heading = new Label();
        heading.getStyleClass().add("empty-title");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.phaseProperty().get() == Phase.FAILED
                ? "This file could not be read" : "Reading " + model.file().getFileName(), model.phaseProperty()));

        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(480);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.READING));
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setAccessibleText("Reading progress");

        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label meanwhile = new Label("You can go on working in the main window while the file is read.");
        meanwhile.getStyleClass().add("import-hint");
        meanwhile.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.READING));
        status.textProperty().bind(Bindings.createStringBinding(() -> model.phaseProperty().get() == Phase.FAILED
                ? model.problemProperty().get() : model.statusProperty().get(),
                model.phaseProperty(), model.problemProperty(), model.statusProperty()));

        Button button = new Button();
        button.setId("importCancelReading");
        button.textProperty().bind(Bindings.createStringBinding(() -> model.phaseProperty().get() == Phase.FAILED
                ? "Close" : "Cancel", model.phaseProperty()));
        button.setCancelButton(true);
        button.setDefaultButton(true);
        button.setOnAction(e -> cancel.run());

        getChildren().addAll(heading, bar, status, button, meanwhile);
    }
}
