package org.crosswalk.ui.coverage;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.ui.OwnedScenes;

/**
 * View > Coverage: how far the priorities are backed by the national plans (by theme, as a chart
 * and a list), the heat map of themes or priorities against the plan's chapters, and the parts of
 * the plan nothing addresses. Not modal; it follows every change. "Copy as Image" puts the tab
 * shown on the clipboard for a slide or a paper.
 */
public final class CoverageWindow {
    private final Stage stage = new Stage();
    private final TabPane tabs;
    private final Label copied = new Label();

    public CoverageWindow(Window owner, CoverageViewModel model, String stylesheet) {
        stage.initOwner(owner);
        stage.setTitle("Coverage");
        Label summary = new Label();
        summary.setId("coverageSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("pane-heading");
        summary.setText(model.summary());
        model.coverageProperty().addListener((o, old, now) -> summary.setText(model.summary()));

        tabs = new TabPane(tab("By theme", new ThemeChart(model)), tab("Heat map", new HeatMapPane(model)),
                tab("Not addressed", new GapsList(model)));
        tabs.setId("coverageTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> copied.setText(""));

        BorderPane root = new BorderPane(tabs, summary, null, buttons(), null);
        BorderPane.setMargin(summary, new Insets(10, 12, 4, 12));
        double height = Math.min(760, Screen.getPrimary().getVisualBounds().getHeight() - 60);
        Scene scene = OwnedScenes.of(owner, root, 1040, height, stylesheet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    private HBox buttons() {
        Button copy = new Button("_Copy as Image");
        copy.setId("copyCoverageImage");
        copy.setOnAction(e -> copyShownTab());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        copied.setId("coverageCopied");
        copied.getStyleClass().add("hint-text");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox row = new HBox(10, copied, space, copy, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(8, 12, 12, 12));
        return row;
    }

    /** Puts a picture of the tab shown on the clipboard, as it looks now. */
    private void copyShownTab() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        Node content = shown.getContent();
        WritableImage image = content.snapshot(null, null);
        ClipboardContent clip = new ClipboardContent();
        clip.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(clip);
        copied.setText("“" + shown.getText() + "” copied as a picture (" + (int) image.getWidth() + " × "
                + (int) image.getHeight() + "). Paste it into a slide or a document.");
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
