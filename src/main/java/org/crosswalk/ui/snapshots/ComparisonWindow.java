package org.crosswalk.ui.snapshots;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.store.snapshot.Difference;
import org.crosswalk.store.snapshot.Snapshot;

/** What changed since a snapshot: one line per priority or link added, removed or changed. */
public final class ComparisonWindow {
    private final Stage stage;

    public ComparisonWindow(Window owner, Snapshot snapshot, List<Difference> differences, ZoneId zone,
                            String stylesheet) {
        Label heading = new Label("Changes since snapshot " + snapshot.number() + ": " + snapshot.name());
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        Label summary = new Label("Taken " + SnapshotTableWindow.TAKEN.format(snapshot.takenAt().atZone(zone))
                + ". " + (differences.isEmpty() ? "Nothing has changed in the table since then."
                : differences.size() + (differences.size() == 1 ? " change" : " changes")
                + " to priorities and links since then."));
        summary.setId("comparisonSummary");
        summary.setWrapText(true);
        ListView<Difference> list = new ListView<>(FXCollections.observableArrayList(differences));
        list.setId("comparisonList");
        list.setAccessibleText("Changes since the snapshot");
        list.setPlaceholder(new Label("No changes."));
        list.setCellFactory(view -> new DifferenceCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox root = new VBox(6, heading, summary, list);
        root.setPadding(new Insets(10));
        stage = SnapshotStages.stage(owner, "Compare ‘" + snapshot.name() + "’ with now", root, 860, 560, stylesheet);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The kind in bold words (not colour alone), then the priority and what changed. */
    private static final class DifferenceCell extends ListCell<Difference> {
        private final Label kind = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, kind, detail);

        DifferenceCell() {
            kind.setStyle("-fx-font-weight: bold;");
            detail.setWrapText(true);
            detail.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(Difference difference, boolean empty) {
            super.updateItem(difference, empty);
            setText(null);
            if (empty || difference == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            kind.setText(difference.kind().label());
            detail.setText(difference.priority() + (difference.detail().isEmpty() ? "" : ": " + difference.detail()));
            setGraphic(box);
            setAccessibleText(difference.line());
        }
    }
}
