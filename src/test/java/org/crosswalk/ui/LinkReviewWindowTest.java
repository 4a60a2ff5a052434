package org.crosswalk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.mapping.MappingRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a workspace where a new edition of the plan flagged two links: F8 shows the
 * first in the link editor with the earlier text, and "Keep this link" clears its flag.
 */
@ExtendWith(ApplicationExtension.class)
class LinkReviewWindowTest {
    private Stage stage;
    private MainWindow window;

    /**
     * A window of its own, at the size the layout is checked at (the headless screen's), so the
     * primary stage the other window tests share is left as it was.
     */
    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        Path data = Files.createTempDirectory("crosswalk-review-test");
        UiServices services = TestServices.in(data);
        Path file = EditionSample.create(services, services.paths().documentsDir().resolve("Two editions.crosswalk"));
        window = DesktopLauncher.show(stage, services, new BackgroundTaskRunner(), Optional.of(file));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void f8ShowsTheFirstLinkToReviewAndKeepClearsItsFlag(FxRobot robot) throws Exception {
        WorkspaceContent content = awaitContent(c -> true);
        String earlierText = content.items().stream().filter(i -> EditionSample.CHANGED.equals(i.number())
                && !EditionSample.NEW_TEXT_2_19.equals(i.text())).findFirst().orElseThrow().text();
        assertEquals("2 links to review · Next (F8)", robot.lookup("#reviewCount").queryButton().getText());
        assertTrue(robot.lookup("#reviewCount").query().isVisible());
        assertFalse(robot.lookup("#linkEditor").query().isVisible(), "no link selected yet");
        assertTrue(outlineTexts(robot).contains("The NHS Long Term Plan (January 2019, replaced by July 2025) — NHS LTP"),
                outlineTexts(robot).toString());
        assertTrue(outlineTexts(robot).contains("The NHS Long Term Plan (July 2025) — NHS LTP"));
        assertFalse(robot.lookup(".review-tag").queryAll().isEmpty(), "flagged links are tagged in the table");

        robot.clickOn("#planFilter");
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#linkEditor").query().isVisible());
        assertTrue(robot.lookup("#linkReview").query().isVisible(), "the review is shown for the flagged link");
        assertEquals("the paragraph changed in the new edition", text(robot, "#reviewTitle"));
        assertEquals(earlierText, robot.lookup("#reviewBefore").queryAs(TextArea.class).getText());
        assertEquals(EditionSample.NEW_TEXT_2_19, robot.lookup("#reviewAfter").queryAs(TextArea.class).getText());
        MappingRow selected = mappingTable(robot).getSelectionModel().getSelectedItem();
        assertTrue(selected instanceof MappingRow.LinkLine line && line.link().needsReview()
                && EditionSample.CHANGED.equals(line.item().number()), "selected in the table: " + selected);
        Link flagged = ((MappingRow.LinkLine) selected).link();
        assertTrue(robot.lookup("#repointLink").queryButton().isDisabled(), "nothing selected in the plan yet");
        assertTrue(text(robot, "#repointHint").startsWith("First select a paragraph in the national plan"));
        Snapshots.save(robot, stage, "link-review-changed");

        Button keep = robot.lookup("#keepLink").queryButton();
        assertEquals("_Keep this link", keep.getText(), "Alt+K");
        robot.clickOn(keep);
        WorkspaceContent kept = awaitContent(c -> c.link(flagged.id()).orElseThrow().review() == LinkReview.NONE);
        assertEquals(1, kept.links().stream().filter(Link::needsReview).count());
        assertFalse(robot.lookup("#linkReview").query().isVisible(), "nothing left to review on this link");
        assertEquals("1 link to review · Next (F8)", robot.lookup("#reviewCount").queryButton().getText());
        assertEquals("_Undo Confirm link of 2.19 to ‘Enable people to eat healthily’", menuItem("undoMenuItem").getText());
        javafx.scene.control.MenuItem next = editMenu().getItems().stream()
                .filter(i -> "Next Link to Re_view".equals(i.getText())).findFirst().orElseThrow();
        assertEquals("F8", next.getAccelerator().getName());
        assertFalse(next.isDisable());

        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("not in the new edition", text(robot, "#reviewTitle"));
        Snapshots.save(robot, stage, "link-review-vanished");
    }

    private javafx.scene.control.Menu editMenu() {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar)
                ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().filter(m -> m.getText().equals("_Edit")).findFirst().orElseThrow();
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        return editMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<MappingRow> mappingTable(FxRobot robot) {
        return robot.lookup("#mappingTable").queryAs(TableView.class);
    }

    private static java.util.List<String> outlineTexts(FxRobot robot) {
        return robot.lookup("#planOutline").lookup((Node n) -> n instanceof TreeCell<?> cell && cell.getText() != null)
                .queryAll().stream().map(n -> ((TreeCell<?>) n).getText()).toList();
    }

    private WorkspaceContent awaitContent(Predicate<WorkspaceContent> condition) throws Exception {
        return WindowTests.awaitContent(window, condition);
    }
}
