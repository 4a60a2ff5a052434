package org.crosswalk.ui.progress;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.ExportBar;
import org.crosswalk.ui.OwnedScenes;

/**
 * File > Export Progress Report: title, meeting date, the snapshot to compare with, what the
 * report will say, the format and Export; when written, Open the file / Open the folder.
 */
public final class ProgressReportDialog {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ProgressReportViewModel model;
    private final DialogService dialogs;
    private final Stage stage = new Stage();

    public ProgressReportDialog(Window owner, ProgressReportViewModel model, DialogService dialogs, String css) {
        this.model = model;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export the progress report");
        Label summary = new Label();
        summary.setId("progressReportSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label what = new Label("The report lists every priority theme by theme with its lead, status, due date, "
                + "action and latest update, and puts those at risk, off track or overdue first for the board.");
        what.setWrapText(true);
        VBox body = new VBox(12, what, form(), new Label("What it will say:"), summary);
        body.setPadding(new Insets(14));
        BorderPane root = new BorderPane(body, null, null, bottom(), null);
        Scene scene = OwnedScenes.of(owner, root, 900, 380, css);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        model.loadSnapshots();
    }

    public Stage stage() {
        return stage;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        TextField title = new TextField();
        title.setId("progressReportTitle");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField meeting = new TextField();
        meeting.setId("progressReportMeeting");
        meeting.setPromptText("e.g. 12 June 2027");
        meeting.textProperty().bindBidirectional(model.meetingDateProperty());
        ComboBox<Snapshot> since = new ComboBox<>();
        since.setId("progressReportSince");
        since.getItems().add(null);
        model.snapshots().addListener((javafx.collections.ListChangeListener<Snapshot>) c -> {
            Snapshot chosen = model.sinceProperty().get();
            since.getItems().setAll(FXCollections.observableArrayList((Snapshot) null));
            since.getItems().addAll(model.snapshots());
            since.setValue(chosen);
        });
        since.valueProperty().bindBidirectional(model.sinceProperty());
        since.setButtonCell(new SnapshotCell());
        since.setCellFactory(list -> new SnapshotCell());
        since.setMaxWidth(Double.MAX_VALUE);
        row(grid, 0, "Report _title", title);
        row(grid, 1, "_Meeting date", meeting);
        row(grid, 2, "Show _changes since", since);
        return grid;
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.control.Control field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        field.setAccessibleText(text.replace("_", ""));
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private HBox bottom() {
        return ExportBar.build("progressReport", model.formats(), model.formatProperty(), model.job(),
                model::suggestedFileName, model::export, dialogs, stage);
    }

    private static final class SnapshotCell extends ListCell<Snapshot> {
        @Override
        protected void updateItem(Snapshot item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
            } else if (item == null) {
                setText("No comparison: the position now only");
            } else {
                setText(item.number() + " · ‘" + item.name() + "’ (taken "
                        + DAY.format(item.takenAt().atZone(java.time.ZoneId.systemDefault())) + ")");
            }
        }
    }
}
