package org.crosswalk.ui.snapshots;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.snapshot.Snapshot;
import org.crosswalk.ui.mapping.MappingTableView;
import org.crosswalk.ui.mapping.MappingTableViewModel;

/** A snapshot's mapping table, read-only: the same table as the main window's, as it was then. */
public final class SnapshotTableWindow {
    static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final Stage stage;

    public SnapshotTableWindow(Window owner, Snapshot snapshot, WorkspaceContent content, ZoneId zone,
                               String stylesheet) {
        Label heading = new Label("Snapshot " + snapshot.number() + ": " + snapshot.name());
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        Label about = new Label("Taken " + TAKEN.format(snapshot.takenAt().atZone(zone)) + " by " + snapshot.takenBy()
                + ". Read-only: this is the table as it was then; the workspace is changed in the main window.");
        about.setId("snapshotTableNote");
        about.setWrapText(true);
        MappingTableView table = MappingTableView.readOnly(
                FXCollections.observableArrayList(MappingTableViewModel.rowsOf(content)));
        table.setId("snapshotTable");
        table.setAccessibleText("Mapping table of snapshot " + snapshot.name() + ", read-only");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(6, heading, about, table);
        root.setPadding(new Insets(10));
        stage = SnapshotStages.stage(owner, "Snapshot ‘" + snapshot.name() + "’ (read-only)", root, 1100, 760,
                stylesheet);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
