package org.crosswalk.ui.coverage;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.export.coverage.Coverage;
import org.crosswalk.export.coverage.Coverage.ThemeCoverage;

/**
 * "By theme": one bar per theme, split into priorities backed by a national plan, not mentioned
 * in it and not yet mapped (colour and a legend with words), and below it the same as a list of
 * the priorities, theme by theme.
 */
final class ThemeChart extends VBox {
    static final String BACKED = "Backed by a national plan";
    static final String NO_MENTION = "Not mentioned in it";
    static final String NOT_MAPPED = "Not yet mapped";

    private final StackedBarChart<Number, String> chart;
    private final TreeView<String> list = new TreeView<>();

    ThemeChart(CoverageViewModel model) {
        super(8);
        NumberAxis count = new NumberAxis();
        count.setLabel("Priorities");
        count.setAutoRanging(false);
        count.setLowerBound(0);
        count.setMinorTickVisible(false);
        CategoryAxis themes = new CategoryAxis();
        chart = new StackedBarChart<>(count, themes);
        chart.setId("coverageChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getStyleClass().add("coverage-chart");
        chart.setMinHeight(220);
        list.setId("coverageByTheme");
        list.setShowRoot(false);
        list.setPrefHeight(220);
        setPadding(new Insets(8));
        getChildren().addAll(chart, list);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.SOMETIMES);
        model.coverageProperty().addListener((o, old, now) -> show(now));
        show(model.coverageProperty().get());
    }

    private void show(Coverage coverage) {
        List<ThemeCoverage> themes = coverage == null ? List.of() : coverage.themes();
        XYChart.Series<Number, String> backed = series(BACKED);
        XYChart.Series<Number, String> noMention = series(NO_MENTION);
        XYChart.Series<Number, String> notMapped = series(NOT_MAPPED);
        TreeItem<String> root = new TreeItem<>();
        // The category axis draws its first category at the bottom: reversed, the bars read top-down.
        for (int i = themes.size() - 1; i >= 0; i--) {
            ThemeCoverage theme = themes.get(i);
            String name = theme.theme().title();
            backed.getData().add(new XYChart.Data<>(theme.backed().size(), name));
            noMention.getData().add(new XYChart.Data<>(theme.noMention().size(), name));
            notMapped.getData().add(new XYChart.Data<>(theme.notMapped().size(), name));
        }
        for (ThemeCoverage theme : themes) {
            TreeItem<String> item = new TreeItem<>(theme.theme().title() + " (" + theme.priorities() + ")");
            group(item, BACKED, theme.backed());
            group(item, NO_MENTION, theme.noMention());
            group(item, NOT_MAPPED, theme.notMapped());
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        int most = themes.stream().mapToInt(ThemeCoverage::priorities).max().orElse(0);
        NumberAxis count = (NumberAxis) chart.getXAxis();
        count.setUpperBound(Math.max(1, most));
        count.setTickUnit(Math.max(1, Math.ceil(most / 10.0))); // whole priorities only
        ((CategoryAxis) chart.getYAxis()).setCategories(FXCollections.observableArrayList(
                backed.getData().stream().map(XYChart.Data::getYValue).toList()));
        chart.getData().setAll(List.of(backed, noMention, notMapped));
        list.setRoot(root);
    }

    private static XYChart.Series<Number, String> series(String name) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private static void group(TreeItem<String> theme, String name, List<org.crosswalk.model.Priority> priorities) {
        if (priorities.isEmpty()) {
            return;
        }
        TreeItem<String> group = new TreeItem<>(name + " (" + priorities.size() + ")");
        priorities.forEach(p -> group.getChildren().add(new TreeItem<>(p.title())));
        theme.getChildren().add(group);
    }

    StackedBarChart<Number, String> chart() {
        return chart;
    }
}
