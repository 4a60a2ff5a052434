package org.crosswalk.ui.planimport;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crosswalk.plans.reading.PlanLabels;

/**
 * The foot of the review: the plan's title, short label and edition, what stops the import or
 * the last correction, and Undo, Import and Cancel.
 */
final class DetailsBar extends VBox {
    DetailsBar(ImportViewModel importing, ReviewViewModel review, Runnable commitFields, Runnable cancel) {
        setSpacing(8);
        setPadding(new Insets(8, 12, 10, 12));
        getStyleClass().add("import-details");
        PlanDetailsForm form = importing.details();

        TextField title = field(form.title, "importTitle", "Title of the plan");
        TextField label = field(form.label, "importLabel", "Short label for citations");
        // The suggestion is only shown: the person chooses the label that every citation will carry.
        label.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "e.g. "
                + (form.title.get() == null || form.title.get().isBlank() ? "NHS LTP"
                : PlanLabels.suggest(form.title.get())), form.title));
        label.setPrefColumnCount(9);
        TextField edition = field(form.edition, "importEdition", "Edition");
        edition.setPromptText("e.g. January 2019");
        edition.setPrefColumnCount(11);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, Controls.label("Plan tit_le", title), title, Controls.label("Short l_abel for citations",
                label), label, Controls.label("_Edition", edition), edition);
        GridPane.setHgrow(title, Priority.ALWAYS);
        title.setPrefColumnCount(24);

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.getStyleClass().add("import-message");
        // The last refusal of a correction, else what stops or follows Import, else what the label means.
        message.textProperty().bind(Bindings.createStringBinding(() -> !review.messageProperty().get().isEmpty()
                ? review.messageProperty().get() : !importing.messageProperty().get().isEmpty()
                ? importing.messageProperty().get() : importing.labelNoteProperty().get(),
                review.messageProperty(), importing.messageProperty(), importing.labelNoteProperty()));
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Button undo = Controls.button("_Undo", "Undo the last correction (Ctrl+Z)", review::undo);
        undo.setId("importUndo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> review.undoDescriptionProperty().get().isEmpty()
                ? "_Undo" : "_Undo " + Names.firstWords(review.undoDescriptionProperty().get(), 44),
                review.undoDescriptionProperty()));
        undo.disableProperty().bind(review.undoDescriptionProperty().isEmpty());
        undo.setMinWidth(Region.USE_PREF_SIZE);

        Button importButton = Controls.button("Im_port", "Add the plan, as corrected, to the workspace", () -> {
            commitFields.run();
            importing.importPlan();
        });
        importButton.setId("importButton");
        importButton.disableProperty().bind(importing.canImportProperty().not());
        Button close = Controls.button("Cancel", "Close without adding the plan (Escape)", cancel);
        close.setCancelButton(true);
        for (TextField field : new TextField[] {title, label, edition}) {
            field.setOnAction(e -> importButton.fire());
        }

        HBox actions = new HBox(8, message, undo, importButton, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(grid, actions);
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, String name) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(name);
        field.getStyleClass().add("import-detail");
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
