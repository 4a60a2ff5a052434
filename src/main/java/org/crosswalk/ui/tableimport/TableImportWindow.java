package org.crosswalk.ui.tableimport;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.ui.OwnedScenes;

/**
 * The preview of a mapping table before it is imported: which table and plan, the counts, the
 * tree of what comes in, what could not be matched, and Import. Modal: it shows the workspace as
 * it is, so nothing else should change it meanwhile.
 */
public final class TableImportWindow {
    private final TableImportViewModel model;
    private final Stage stage = new Stage();

    public TableImportWindow(Window owner, TableImportViewModel model, String stylesheet) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import mapping table — " + model.fileName());

        Label problem = new Label();
        problem.setId("tableImportProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("import-message");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.previewProperty().isNull());
        PreviewTree tree = new PreviewTree(model);
        tree.visibleProperty().bind(model.previewProperty().isNotNull());
        StackPane preview = new StackPane(tree, problem);
        StackPane.setAlignment(problem, Pos.TOP_LEFT);
        VBox centre = new VBox(8, preview, new UnmatchedPane(model));
        VBox.setVgrow(preview, Priority.ALWAYS);
        centre.setPadding(new Insets(0, 12, 0, 12));

        BorderPane root = new BorderPane(centre, top(), null, bottom(), null);
        // As tall as a small laptop screen leaves room for, up to 640.
        double height = Math.min(640, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 60);
        Scene scene = OwnedScenes.of(owner, root, 940, height, stylesheet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        model.finishedProperty().addListener((o, old, now) -> stage.close());
        stage.setOnHidden(e -> model.close());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public TableImportViewModel model() {
        return model;
    }

    private VBox top() {
        Label title = new Label("Import the mapping table in “" + model.fileName() + "”");
        title.getStyleClass().add("pane-heading");
        Label summary = new Label();
        summary.setId("tableImportSummary");
        summary.getStyleClass().add("table-import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        VBox top = new VBox(8, title, choices(), summary);
        top.setPadding(new Insets(12, 12, 8, 12));
        return top;
    }

    /** Table and plan, each shown only when there is a choice to make. */
    private HBox choices() {
        ComboBox<String> table = new ComboBox<>();
        table.setId("tableChoice");
        table.getItems().setAll(model.tableNames());
        table.getSelectionModel().select(model.tableProperty().get());
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                model.tableProperty().set(now.intValue());
            }
        });
        ComboBox<String> plan = new ComboBox<>();
        plan.setId("planChoice");
        plan.getItems().setAll(model.planChoices());
        plan.valueProperty().bindBidirectional(model.planProperty());
        Label tableLabel = labelFor("_Table:", table);
        Label planLabel = labelFor("_Plan:", plan);
        boolean tables = model.tableNames().size() > 1;
        boolean plans = model.planChoices().size() > 2;
        HBox row = new HBox(8);
        if (tables) {
            Label hint = new Label("(" + model.tableNames().size() + " tables in the file; the one citing the plan "
                    + "most was chosen)");
            hint.getStyleClass().add("suggestion-muted");
            hint.setMinWidth(0);
            row.getChildren().addAll(tableLabel, table, hint);
        }
        if (plans) {
            row.getChildren().addAll(planLabel, plan);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.setVisible(tables || plans);
        row.setManaged(tables || plans);
        return row;
    }

    private static Label labelFor(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private HBox bottom() {
        Label reason = new Label();
        reason.setId("tableImportReason");
        reason.setWrapText(true);
        reason.textProperty().bind(model.blockedReasonProperty());
        reason.setMinWidth(0);
        reason.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button importButton = model.importTable().bind(new Button());
        importButton.setId("tableImportButton");
        importButton.setDefaultButton(true);
        importButton.textProperty().bind(Bindings.createStringBinding(model::importLabel, model.previewProperty()));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        importButton.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        HBox bar = new HBox(8, reason, importButton, cancel);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("dialog-buttons");
        return bar;
    }
}
