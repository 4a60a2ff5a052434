package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;
import org.crosswalk.store.edit.ProgressEdits;
import org.crosswalk.ui.progress.ProgressReportDialog;
import org.crosswalk.ui.progress.ProgressReportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Export Progress Report over the real main window, headless: progress recorded, a snapshot
 * taken, more progress; the report chosen "since" that snapshot is written and read back.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressReportDialogTest {
    private static final String SMOKING = "Reduce smoking prevalence";
    private static final String FEBRUARY = "As presented to the HIB on 14 February 2019";

    private UiServices services;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TestServices.in(Files.createTempDirectory("crosswalk-progress-report-test"));
        window = BackupsWindowTest.showSample(stage, services);
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsTheReportWithTheChangesSinceTheChosenSnapshot(FxRobot robot) throws Exception {
        Priority smoking = WindowTests.awaitContent(window, c -> !c.priorities().isEmpty()).priorities().stream()
                .filter(p -> p.title().equals(SMOKING)).findFirst().orElseThrow();
        record(robot, smoking, ImplementationStatus.ON_TRACK, "Pledge signed.");
        robot.interact(() -> window.session().execute(org.crosswalk.store.snapshot.Snapshots.take(
                window.session().workspaceProperty().get(), UUID.randomUUID(), FEBRUARY)));
        record(robot, smoking, ImplementationStatus.OFF_TRACK, "Midwife posts not yet filled.");
        WindowTests.awaitContent(window, c -> c.priority(smoking.id()).orElseThrow().progress().status()
                == ImplementationStatus.OFF_TRACK);

        ScriptedDialogs dialogs = new ScriptedDialogs();
        Path target = Files.createTempDirectory("crosswalk-report").resolve("Progress report.docx");
        dialogs.fileAnswers.add(target);
        String css = MainWindow.class.getResource("/css/crosswalk.css").toExternalForm();
        ProgressReportDialog[] dialog = new ProgressReportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ProgressReportDialog(stage, new ProgressReportViewModel(window.session(),
                    services.exports(), Clock.systemDefaultZone()), dialogs, css);
            dialog[0].show();
        });
        Stage shown = dialog[0].stage();
        assertTrue(robot.lookup("#progressReportTitle").queryAs(TextField.class).getText()
                .startsWith("Progress report: "));
        ComboBox<Object> since = robot.lookup("#progressReportSince").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> since.getItems().size() == 2);
        robot.interact(() -> since.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary(robot).contains(
                "1 change since ‘" + FEBRUARY + "’."));
        assertTrue(summary(robot).contains("1 off track"), summary(robot));
        robot.interact(() -> robot.lookup("#progressReportMeeting").queryAs(TextField.class).setText("12 June 2027"));
        Snapshots.save(robot, shown, "progress-report-dialog");

        robot.clickOn("#progressReportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target) && robot
                .lookup("#progressReportMessage").queryAs(Label.class).getText().startsWith("Saved "));
        try (InputStream in = Files.newInputStream(target); XWPFDocument docx = new XWPFDocument(in)) {
            String text = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("Meeting date: 12 June 2027"), text);
            assertTrue(text.contains("Changes since ‘" + FEBRUARY + "’"), text);
            assertTrue(text.contains("Position as at: " + org.crosswalk.export.progress.ProgressReport.DAY
                    .format(LocalDate.now())), text);
            List<String> statuses = docx.getTables().get(1).getRows().stream().skip(1)
                    .map(r -> r.getCell(2).getText()).toList();
            assertEquals(List.of("Off track"), statuses, "the attention table");
            assertTrue(docx.getTables().get(2).getRow(1).getCell(2).getText().contains("status On track → Off track"));
        }
        robot.interact(shown::close);
    }

    private void record(FxRobot robot, Priority priority, ImplementationStatus status, String update)
            throws Exception {
        robot.interact(() -> window.session().execute(ProgressEdits.setProgress(priority.id(),
                new Progress("Smokefree pledge", status, null, update, null, null))));
        WindowTests.awaitContent(window, c -> c.priority(priority.id()).orElseThrow().progress().status() == status);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#progressReportSummary").queryAs(Label.class).getText();
    }
}
