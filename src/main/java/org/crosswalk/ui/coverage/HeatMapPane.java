package org.crosswalk.ui.coverage;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.crosswalk.export.coverage.Coverage;
import org.crosswalk.export.coverage.PlanCoverage;
import org.crosswalk.export.coverage.Shades;
import org.crosswalk.model.Chapter;
import org.crosswalk.ui.Tips;
import org.crosswalk.ui.coverage.CoverageViewModel.CellLink;
import org.crosswalk.ui.coverage.CoverageViewModel.HeatRow;

/**
 * "Heat map": themes (or priorities) down, the plan's chapters across, each cell the number of
 * links between them, darker for more. A cell is a button: click it, or Tab to it and press
 * Space, and the links behind it are listed below.
 */
final class HeatMapPane extends VBox {
    private final CoverageViewModel model;
    private final GridPane grid = new GridPane();
    private final VBox chapterKey = new VBox(2);
    private final ListView<CellLink> links = new ListView<>();
    private final Label linksHeading = new Label();

    HeatMapPane(CoverageViewModel model) {
        super(8);
        this.model = model;
        setPadding(new Insets(8));
        grid.setId("heatMap");
        grid.getStyleClass().add("heat-map");
        grid.setHgap(2);
        grid.setVgap(2);
        ScrollPane scroller = new ScrollPane(new VBox(8, grid, chapterKey));
        scroller.setFitToWidth(true);
        scroller.setPrefViewportHeight(300);
        links.setId("heatMapLinks");
        links.setItems(model.cellLinks());
        links.setPrefHeight(170);
        links.setCellFactory(v -> new LinkCell());
        links.setPlaceholder(new Label("Choose a cell to see the links behind it."));
        linksHeading.getStyleClass().add("pane-heading");
        getChildren().addAll(controls(), scroller, linksHeading, links);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        model.rows().addListener((ListChangeListener<HeatRow>) c -> rebuild());
        model.planProperty().addListener((o, old, now) -> rebuild());
        model.cellProperty().addListener((o, old, now) -> describeCell());
        model.cellLinks().addListener((ListChangeListener<CellLink>) c -> describeCell());
        rebuild();
        describeCell();
    }

    private HBox controls() {
        ComboBox<PlanCoverage> plans = new ComboBox<>();
        plans.setId("heatMapPlan");
        plans.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanCoverage plan) {
                return plan == null ? "" : plan.plan().title() + " (" + plan.plan().edition() + ")";
            }

            @Override
            public PlanCoverage fromString(String text) {
                return null;
            }
        });
        Runnable fill = () -> {
            Coverage coverage = model.coverageProperty().get();
            plans.getItems().setAll(coverage == null ? List.of() : coverage.plans());
            plans.setValue(model.planProperty().get());
        };
        model.coverageProperty().addListener((o, old, now) -> fill.run());
        fill.run();
        plans.valueProperty().addListener((o, old, now) -> {
            if (now != null && now != model.planProperty().get()) {
                model.planProperty().set(now);
            }
        });
        Label planLabel = new Label("Plan:");
        planLabel.setLabelFor(plans);
        CheckBox byPriority = new CheckBox("One row per _priority");
        byPriority.setId("heatMapByPriority");
        byPriority.selectedProperty().bindBidirectional(model.byPriorityProperty());
        HBox row = new HBox(10, planLabel, plans, byPriority);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void rebuild() {
        grid.getChildren().clear();
        chapterKey.getChildren().clear();
        PlanCoverage plan = model.planProperty().get();
        if (plan == null) {
            grid.add(new Label("This workspace has no national plan yet."), 0, 0);
            return;
        }
        List<Chapter> chapters = plan.chapters();
        int busiest = model.busiestCell();
        for (int c = 0; c < chapters.size(); c++) {
            Label header = new Label(plan.shortName(chapters.get(c)));
            header.getStyleClass().add("heat-header");
            Tips.set(header, chapters.get(c).heading());
            grid.add(header, c + 1, 0);
            chapterKey.getChildren().add(new Label(plan.shortName(chapters.get(c)) + "  " + chapters.get(c).title()));
        }
        chapterKey.getStyleClass().add("heat-key");
        int r = 1;
        for (HeatRow row : model.rows()) {
            Label name = new Label(row.label());
            name.getStyleClass().add(row.theme() ? "heat-theme" : "heat-priority");
            name.setMaxWidth(320);
            Tips.set(name, row.label());
            grid.add(name, 0, r);
            for (int c = 0; c < chapters.size(); c++) {
                grid.add(cell(row, chapters.get(c), busiest), c + 1, r);
            }
            r++;
        }
    }

    private Button cell(HeatRow row, Chapter chapter, int busiest) {
        int count = model.links(row, chapter).size();
        Button cell = new Button(count == 0 ? "" : Integer.toString(count));
        cell.getStyleClass().addAll("heat-cell", "heat-" + Shades.of(count, busiest));
        cell.setAccessibleText(row.label() + ", " + chapter.heading() + ": " + count + (count == 1 ? " link" : " links"));
        Tips.set(cell, cell.getAccessibleText());
        cell.setOnAction(e -> model.choose(row, chapter));
        cell.setUserData(row.id() + "/" + chapter.id());
        return cell;
    }

    private void describeCell() {
        CoverageViewModel.Cell cell = model.cellProperty().get();
        linksHeading.setText(cell == null ? "Links behind a cell"
                : cell.row().label() + " × " + cell.chapter().heading() + " (" + model.cellLinks().size() + ")");
    }

    ListView<CellLink> links() {
        return links;
    }

    /** Priority in bold, then the paragraph and its text, wrapped. */
    private static final class LinkCell extends ListCell<CellLink> {
        @Override
        protected void updateItem(CellLink link, boolean empty) {
            super.updateItem(link, empty);
            if (empty || link == null) {
                setGraphic(null);
                return;
            }
            Text priority = new Text(link.priority() + "  ");
            priority.getStyleClass().add("priority-title");
            Text paragraph = new Text(link.paragraph() + "  ");
            Text text = new Text(link.text());
            TextFlow flow = new TextFlow(priority, paragraph, text);
            flow.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            flow.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(flow);
        }
    }
}
