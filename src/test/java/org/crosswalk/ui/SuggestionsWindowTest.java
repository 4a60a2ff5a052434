package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.mapping.MappingRow;
import org.crosswalk.ui.suggestions.SuggestedParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Suggestions tab of the real main window, at 1280×720, on the sample without the smoking
 * links: accept by keyboard, undo, dismiss, and the dismissal still there after reopening.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsWindowTest {
    private UiServices services;
    private Path file;
    private Stage stage;
    private MainWindow window;

    /** A window of its own, so the primary stage the other window tests share is left as it was. */
    @Start
    void start(Stage primary) throws Exception {
        services = TestServices.in(Files.createTempDirectory("crosswalk-suggestions-test"));
        file = SmokingSample.create(services, services.paths().documentsDir().resolve("Smoking.crosswalk"));
        openWindow();
    }

    private void openWindow() {
        stage = new Stage();
        window = WindowTests.show(stage, services, file, 1280, 720);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void acceptByKeyboardUndoThenDismissAndFindItRememberedAfterReopening(FxRobot robot) throws Exception {
        Priority smoking = SmokingSample.smoking(awaitContent(c -> true));
        assertTrue(robot.lookup("#planFilter").query().isVisible(), "the national plan is the first tab");
        WindowTests.clickPriority(robot, SmokingSample.SMOKING);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        ListView<SuggestedParagraph> list = suggestionList(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty()
                && list.getSelectionModel().getSelectedItem() != null);
        int listed = list.getItems().size();
        assertTrue(list.isFocused(), "Ctrl+Shift+G puts the keyboard in the list");
        assertEquals(1, ((TabPane) robot.lookup(".side-tabs").query()).getSelectionModel().getSelectedIndex());
        assertEquals("Suggested for ‘Reduce smoking prevalence’", robot.lookup("#suggestionsHeading").queryLabeled()
                .getText());
        // The cards are drawn on the next pulse after the list fills.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".search-match").queryAll().isEmpty());
        Snapshots.save(robot, stage, "suggestions-panel");

        SuggestedParagraph best = list.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        awaitContent(c -> c.link(smoking.id(), best.itemId()).isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> oneFewerOrRefilled(list, listed)
                && list.getItems().stream().noneMatch(s -> s.itemId().equals(best.itemId())));
        MappingRow shown = mappingTable(robot).getSelectionModel().getSelectedItem();
        assertTrue(shown instanceof MappingRow.LinkLine line && line.item().id().equals(best.itemId()),
                "the new link is shown selected in the mapping table: " + shown);
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the next suggestion is ready for Enter");
        Snapshots.save(robot, stage, "suggestions-accepted");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitContent(c -> c.link(smoking.id(), best.itemId()).isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(s -> s.itemId().equals(best.itemId())));

        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        SuggestedParagraph dismissed = list.getSelectionModel().getSelectedItem();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> oneFewerOrRefilled(list, listed)
                && list.getItems().stream().noneMatch(s -> s.itemId().equals(dismissed.itemId())));
        ToggleButton showDismissed = (ToggleButton) robot.lookup("#showDismissed").query();
        // The suggestion leaves the list at once; the count follows when the dismissal is saved.
        awaitText(showDismissed, "Show dismissed (1)");
        assertTrue(window.session().content().link(smoking.id(), dismissed.itemId()).isEmpty(), "not linked");

        robot.interact(stage::close);
        robot.interact(this::openWindow);
        awaitContent(c -> true);
        WindowTests.clickPriority(robot, SmokingSample.SMOKING);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        ListView<SuggestedParagraph> reopened = suggestionList(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> oneFewerOrRefilled(reopened, listed));
        assertTrue(reopened.getItems().stream().noneMatch(s -> s.itemId().equals(dismissed.itemId())),
                "still dismissed after reopening");
        ToggleButton again = (ToggleButton) robot.lookup("#showDismissed").query();
        awaitText(again, "Show dismissed (1)");
        robot.clickOn(again);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#dismissedList").query().isVisible());
        Snapshots.save(robot, stage, "suggestions-dismissed");
    }

    private static void awaitText(ToggleButton button, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> expected.equals(button.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, button.getText());
        }
    }

    /** One suggestion left the list: it shows one fewer, or ten again when more were waiting. */
    private static boolean oneFewerOrRefilled(ListView<SuggestedParagraph> list, int shown) {
        int now = list.getItems().size();
        return now == shown - 1 || (shown == 10 && now == 10);
    }

    @SuppressWarnings("unchecked")
    private static ListView<SuggestedParagraph> suggestionList(FxRobot robot) {
        return robot.lookup("#suggestionList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<MappingRow> mappingTable(FxRobot robot) {
        return robot.lookup("#mappingTable").queryAs(TableView.class);
    }

    private WorkspaceContent awaitContent(Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }
}
