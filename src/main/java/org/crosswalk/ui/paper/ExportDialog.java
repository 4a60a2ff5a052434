package org.crosswalk.ui.paper;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.PaperSettings.QuoteMode;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.ExportBar;
import org.crosswalk.ui.OwnedScenes;

/**
 * File > Export Board Paper: the paper's settings on the left, a live preview on the right,
 * the format and Export at the bottom; when written, Open the file / Open the folder.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final DialogService dialogs;
    private final Stage stage = new Stage();

    public ExportDialog(Window owner, ExportViewModel model, DialogService dialogs, String stylesheet) {
        this.model = model;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());

        PaperPreview preview = new PaperPreview();
        preview.show(model.previewProperty().get());
        model.previewProperty().addListener((o, old, now) -> preview.show(now));

        ScrollPane form = new ScrollPane(form(model.form()));
        form.setFitToWidth(true);
        SplitPane split = new SplitPane(form, preview);
        split.setDividerPositions(0.4);

        BorderPane root = new BorderPane(split, null, null, bottom(), null);
        Scene scene = OwnedScenes.of(owner, root, 1200, 760, stylesheet);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private GridPane form(PaperSettingsForm settings) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int row = 0;
        row = field(grid, row, "Paper _title (empty: the workspace title)", new TextField(), settings.title);
        row = field(grid, row, "_Board (empty: the workspace's board)", new TextField(), settings.board);
        row = field(grid, row, "_Meeting date", new TextField(), settings.meetingDate);
        row = field(grid, row, "Paper _reference (e.g. HIB9)", new TextField(), settings.reference);
        row = field(grid, row, "_Authors", area(2), settings.authors);
        row = field(grid, row, "_Introduction (blank line between paragraphs)", area(4), settings.introduction);
        row = field(grid, row, "Re_commendations", area(4), settings.recommendations);
        row = field(grid, row, "Left column _heading", new TextField(), settings.priorityHeading);
        row = field(grid, row, "Right column h_eading", new TextField(), settings.planHeading);
        row = field(grid, row, "Citation _format ({label}, {page})", new TextField(), settings.citationFormat);

        ComboBox<QuoteMode> quotes = new ComboBox<>(FXCollections.observableArrayList(QuoteMode.values()));
        quotes.valueProperty().bindBidirectional(settings.quoteMode);
        quotes.setButtonCell(new QuoteModeCell());
        quotes.setCellFactory(list -> new QuoteModeCell());
        grid.add(label("_Quote", quotes), 0, row++);
        grid.add(quotes, 0, row++);
        grid.add(check("Show _sub-items under each priority", settings.includeSubItems), 0, row++);
        grid.add(check("Add a co_verage summary", settings.includeCoverageSummary), 0, row++);
        grid.add(check("Add an a_ppendix of plan parts no priority addresses", settings.includeUnaddressedAppendix),
                0, row);
        GridPane.setHgrow(quotes, Priority.ALWAYS);
        quotes.setMaxWidth(Double.MAX_VALUE);
        quotes.setAccessibleText("What to quote from linked paragraphs");
        return grid;
    }

    private static int field(GridPane grid, int row, String text, TextInputControl input,
                             javafx.beans.property.StringProperty property) {
        input.textProperty().bindBidirectional(property);
        input.setAccessibleText(text.replace("_", ""));
        GridPane.setHgrow(input, Priority.ALWAYS);
        grid.add(label(text, input), 0, row);
        grid.add(input, 0, row + 1);
        return row + 2;
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private HBox bottom() {
        Button save = new Button("Save settings");
        save.disableProperty().bind(model.settingsChangedProperty().not());
        save.setOnAction(e -> model.saveSettings());
        return ExportBar.build("export", model.formats(), model.formatProperty(), model.job(), model::suggestedFileName,
                model::export, dialogs, stage, save);
    }

    private static final class QuoteModeCell extends ListCell<QuoteMode> {
        @Override
        protected void updateItem(QuoteMode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item == QuoteMode.FULL_PARAGRAPH ? "Whole paragraphs"
                    : "Excerpts where a link has one, else whole paragraphs");
        }
    }
}
