package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Progress on the sample, headless: record a priority's follow-up, see it counted, filter, undo. */
@ExtendWith(ApplicationExtension.class)
class ProgressWindowTest {
    private static final String SMOKING = "Reduce smoking prevalence";
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("crosswalk-progress-test");
        window = DesktopLauncher.show(stage, TestServices.in(data), new BackgroundTaskRunner(), Optional.empty());
    }

    @AfterEach
    void closeProgress(FxRobot robot) {
        robot.interact(() -> progressStage().ifPresent(Stage::close));
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsProgressCountsItFiltersItAndUndoes(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        int priorities = content.priorities().size();
        Priority smoking = content.priorities().stream().filter(p -> p.title().equals(SMOKING)).findFirst()
                .orElseThrow();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progressStage().isPresent());
        Stage progress = progressStage().orElseThrow();
        assertEquals(priorities + " priorities: " + priorities + " not reported.", summary(robot));

        TableView<Object> table = robot.lookup("#progressTable").queryAs(TableView.class);
        assertEquals(priorities, table.getItems().size());
        robot.interact(() -> window.session().content().priority(smoking.id())
                .ifPresent(p -> table.getItems().stream().filter(r -> r.toString().contains(SMOKING)).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SMOKING, robot.lookup("#progressHeading").queryAs(Label.class).getText());

        robot.interact(() -> {
            robot.lookup("#progressLead").queryAs(TextField.class).setText("Tobacco Control Alliance");
            robot.lookup("#progressAction").queryAs(TextArea.class).setText("Stop-smoking service in maternity");
            robot.lookup("#progressStatus").queryAs(ComboBox.class).setValue(ImplementationStatus.AT_RISK);
            robot.lookup("#progressDue").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 3, 31));
            robot.lookup("#progressUpdate").queryAs(TextArea.class).setText("Midwife posts not yet filled.");
        });
        robot.clickOn("#saveProgress");
        WorkspaceContent saved = awaitContent(c -> c.priority(smoking.id()).orElseThrow().progress().isRecorded());
        Priority after = saved.priority(smoking.id()).orElseThrow();
        assertEquals("Tobacco Control Alliance", after.lead());
        Progress recorded = after.progress();
        assertEquals(ImplementationStatus.AT_RISK, recorded.status());
        assertEquals(LocalDate.of(2020, 3, 31), recorded.due());
        assertEquals("Midwife posts not yet filled.", recorded.update());
        assertEquals("Test Officer", recorded.updatedBy());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> summary(robot).equals(priorities + " priorities: 1 at risk, "
                + (priorities - 1) + " not reported; 1 overdue."));
        assertTrue(robot.lookup("#progressUpdated").queryAs(Label.class).getText().startsWith("Updated by Test Officer on "));
        assertTrue(robot.lookup(".status-at_risk").tryQuery().isPresent(), "the status is shown with its colour");
        Snapshots.save(robot, progress, "progress-window");

        robot.interact(() -> robot.lookup("#progressFilter").queryAs(ComboBox.class)
                .setValue(ImplementationStatus.AT_RISK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size(), "only the priority at risk");
        robot.interact(() -> robot.lookup("#progressFilter").queryAs(ComboBox.class).setValue(null));
        robot.clickOn("#progressOverdueOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size(), "only the overdue priority");

        robot.interact(() -> window.session().undo());
        awaitContent(c -> !c.priority(smoking.id()).orElseThrow().progress().isRecorded());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#progressLead").queryAs(TextField.class)
                .getText().equals(smoking.lead()));
        assertEquals(0, table.getItems().size(), "nothing overdue after the undo");
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#progressSummary").queryAs(Label.class).getText();
    }

    private static Optional<Stage> progressStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Progress — Crosswalk".equals(s.getTitle())).map(w -> (Stage) w).findFirst();
    }

    private WorkspaceContent awaitContent(Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }
}
