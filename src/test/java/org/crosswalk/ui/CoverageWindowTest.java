package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.LinkEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Coverage on the sample, headless: the chart, the heat map and its links, gaps, live updates. */
@ExtendWith(ApplicationExtension.class)
class CoverageWindowTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = Files.createTempDirectory("crosswalk-coverage-test");
        window = DesktopLauncher.show(stage, TestServices.in(data), new BackgroundTaskRunner(), Optional.empty());
    }

    @Test
    void showsBackingByThemeTheHeatMapWithItsLinksAndTheUnaddressedParts(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage coverage = coverageStage();

        String summary = robot.lookup("#coverageSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith(content.priorities().size() + " priorities: "), summary);
        assertTrue(summary.endsWith(content.links().size() + " links."), summary);
        StackedBarChart<?, ?> chart = robot.lookup("#coverageChart").queryAs(StackedBarChart.class);
        assertEquals(3, chart.getData().size(), "backed, not mentioned, not yet mapped");
        assertEquals(content.themes().size(), chart.getData().get(0).getData().size(), "one bar per theme");
        Snapshots.save(robot, coverage, "coverage-by-theme");

        select(robot, 1);
        Button busiest = robot.lookup(".heat-5").queryAs(Button.class);
        robot.clickOn(busiest);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> links = robot.lookup("#heatMapLinks").queryAs(ListView.class);
        assertEquals(Integer.parseInt(busiest.getText()), links.getItems().size(),
                "the list shows the links the cell counts");
        Snapshots.save(robot, coverage, "coverage-heat-map");

        int themeRows = robot.lookup(".heat-theme").queryAll().size();
        robot.clickOn("#heatMapByPriority");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#heatMapByPriority").queryAs(CheckBox.class).isSelected());
        assertEquals(content.themes().size(), themeRows);
        assertEquals(content.priorities().size(), robot.lookup(".heat-priority").queryAll().size());

        select(robot, 2);
        assertFalse(robot.lookup("#coverageGaps").queryAs(ListView.class).getItems().isEmpty());

        robot.clickOn("#copyCoverageImage");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#coverageCopied").queryAs(Label.class).getText().contains("copied as a picture"));
        boolean[] hasImage = new boolean[1];
        robot.interact(() -> hasImage[0] = javafx.scene.input.Clipboard.getSystemClipboard().hasImage());
        assertTrue(hasImage[0], "the picture is on the clipboard");
    }

    @Test
    void followsEveryChangeToTheWorkspace(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        Priority unlinked = content.priorities().stream().filter(p -> content.linksOf(p.id()).isEmpty())
                .findFirst().orElseThrow();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String before = robot.lookup("#coverageSummary").queryAs(Label.class).getText();

        UUID item = content.items().get(0).id();
        robot.interact(() -> window.session().execute(LinkEdits.link(unlinked.id(), item, UUID.randomUUID())));
        awaitContent(c -> c.link(unlinked.id(), item).isPresent());
        String after = robot.lookup("#coverageSummary").queryAs(Label.class).getText();
        assertTrue(after.endsWith((content.links().size() + 1) + " links."), after);
        assertFalse(before.equals(after));
    }

    private void select(FxRobot robot, int tab) {
        robot.interact(() -> robot.lookup("#coverageTabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage coverageStage() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Coverage".equals(s.getTitle())).findFirst().orElseThrow();
    }

    private WorkspaceContent awaitContent(Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }

}
