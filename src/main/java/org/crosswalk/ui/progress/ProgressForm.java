package org.crosswalk.ui.progress;

import org.crosswalk.ui.FormFields;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crosswalk.model.ImplementationStatus;

/** The selected priority's follow-up: lead, action, status, due date and the latest update; Save is one edit. */
final class ProgressForm extends VBox {
    ProgressForm(ProgressViewModel model) {
        super(10);
        setPadding(new Insets(10));
        getStyleClass().add("progress-form");
        Label heading = new Label();
        heading.setId("progressHeading");
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);

        TextField lead = new TextField();
        lead.setId("progressLead");
        lead.setPromptText("A lead officer or working group");
        lead.textProperty().bindBidirectional(model.leadProperty());
        TextArea action = FormFields.area("progressAction", "What is being done", 3);
        action.textProperty().bindBidirectional(model.actionProperty());
        ComboBox<ImplementationStatus> status = statusBox();
        status.valueProperty().bindBidirectional(model.statusProperty());
        DatePicker due = new DatePicker();
        due.setId("progressDue");
        due.setPromptText("dd/mm/yyyy");
        due.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"), null));
        due.valueProperty().bindBidirectional(model.dueProperty());
        TextArea update = FormFields.area("progressUpdate", "The latest news for the board", 3);
        update.textProperty().bindBidirectional(model.updateProperty());
        Label updated = new Label();
        updated.setId("progressUpdated");
        updated.getStyleClass().add("hint-text");
        updated.textProperty().bind(model.updatedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, FormFields.label("_Lead:", lead), lead);
        grid.addRow(1, FormFields.label("_Action:", action), action);
        grid.addRow(2, FormFields.label("_Status:", status), status);
        grid.addRow(3, FormFields.label("_Due:", due), due);
        grid.addRow(4, FormFields.label("Latest _update:", update), update);
        GridPane.setHgrow(lead, Priority.ALWAYS);
        GridPane.setHgrow(action, Priority.ALWAYS);
        GridPane.setHgrow(update, Priority.ALWAYS);

        Button save = new Button("_Save Progress");
        save.setId("saveProgress");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button("_Revert");
        revert.disableProperty().bind(model.canSaveProperty().not());
        revert.setOnAction(e -> model.revert());
        getChildren().addAll(heading, grid, updated, new HBox(8, save, revert));

        Runnable title = () -> heading.setText(model.hasPriority() ? model.shownTitle()
                : "Select a priority to record its progress.");
        model.updatedProperty().addListener((o, old, now) -> title.run());
        title.run();
        disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.hasPriority(),
                model.updatedProperty()));
    }

    private static ComboBox<ImplementationStatus> statusBox() {
        ComboBox<ImplementationStatus> box = new ComboBox<>();
        box.setId("progressStatus");
        box.getItems().add(null);
        box.getItems().addAll(ImplementationStatus.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImplementationStatus status) {
                return status == null ? "Not reported" : status.words();
            }

            @Override
            public ImplementationStatus fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ImplementationStatus status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeIf(c -> c.startsWith("status-"));
                setText(empty ? null : status == null ? "Not reported" : status.words());
                if (!empty) {
                    getStyleClass().add(ProgressText.styleOf(status));
                }
            }
        });
        return box;
    }
}
