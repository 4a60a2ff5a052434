package org.crosswalk.ui.priorityimport;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crosswalk.tables.priorities.ImportProblem;

/** The preview: the counts, the tree of what will be created and what exists, and the rows left out. */
final class PreviewPane extends VBox {
    PreviewPane(PriorityImportViewModel model) {
        super(6);
        Label heading = new Label("What will be imported");
        heading.getStyleClass().add("pane-heading");
        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());

        PreviewTree tree = new PreviewTree();
        tree.show(model.previewProperty().get());
        model.previewProperty().addListener((o, old, now) -> tree.show(now));

        SplitPane split = new SplitPane(tree, problems(model));
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(heading, summary, split);
    }

    private static VBox problems(PriorityImportViewModel model) {
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.problems().isEmpty()
                ? "Nothing left out" : "Left out or to check (" + model.problems().size() + ")", model.problems()));
        heading.getStyleClass().add("import-problems-heading");
        ListView<ImportProblem> list = new ListView<>(model.problems());
        list.setId("importProblems");
        list.setAccessibleText("Rows left out, and why");
        Label none = new Label("Everything with a priority was read.");
        none.setWrapText(true);
        none.getStyleClass().add("suggestion-muted");
        list.setPlaceholder(none);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ImportProblem problem, boolean empty) {
                super.updateItem(problem, empty);
                setText(empty || problem == null ? null : problem.message());
                setWrapText(true);
                // Wrap within the list's width rather than widening it.
                setPrefWidth(0);
            }
        });
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(200);
        return box;
    }
}
