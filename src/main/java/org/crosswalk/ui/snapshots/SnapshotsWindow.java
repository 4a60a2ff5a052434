package org.crosswalk.ui.snapshots;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.store.snapshot.Snapshot;

/**
 * File > Snapshots…: the snapshots kept in the workspace (number, name, when, who, what they hold)
 * and what can be done with the chosen one.
 */
public final class SnapshotsWindow {
    private final Stage stage;
    private final TableView<Snapshot> table;

    SnapshotsWindow(Window owner, SnapshotsAction action, String stylesheet) {
        SnapshotsViewModel model = action.model();
        table = new TableView<>(model.snapshots());
        table.setId("snapshotList");
        table.setAccessibleText("Snapshots");
        table.setPlaceholder(new Label("No snapshots yet. Take one before a board meeting, to keep the table "
                + "as it was presented."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("No.", 50, s -> String.valueOf(s.number())));
        table.getColumns().add(column("Name", 330, Snapshot::name));
        table.getColumns().add(column("Taken", 140, s -> SnapshotTableWindow.TAKEN.format(s.takenAt()
                .atZone(model.zone()))));
        table.getColumns().add(column("By", 130, Snapshot::takenBy));
        table.getColumns().add(column("Holds", 220, s -> s.themes() + " themes, " + s.priorities() + " priorities, "
                + s.links() + " links"));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label message = new Label();
        message.setId("snapshotMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Button take = new Button("_Take Snapshot…");
        take.setId("takeSnapshotButton");
        take.disableProperty().bind(action.session().editableProperty().not());
        take.setOnAction(e -> model.take());
        Button view = chosen("_View", "viewSnapshotButton", action::view);
        Button compare = chosen("_Compare with Now", "compareSnapshotButton", action::compare);
        Button export = chosen("_Export Paper…", "exportSnapshotButton", action::export);
        Button rename = chosen("_Rename…", "renameSnapshotButton", model::rename);
        Button delete = chosen("_Delete…", "deleteSnapshotButton", model::delete);
        for (Button change : new Button[] {rename, delete}) {
            change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                    .or(action.session().editableProperty().not()));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setCancelButton(true);
        HBox buttons = new HBox(8, take, spacer, view, compare, export, rename, delete, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(8, table, message, buttons);
        root.setPadding(new Insets(12));
        stage = SnapshotStages.stage(owner, "Snapshots", root, 980, 480, stylesheet);
        close.setOnAction(e -> stage.close());
        table.setRowFactory(rows -> {
            javafx.scene.control.TableRow<Snapshot> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    action.view(row.getItem());
                }
            });
            return row;
        });
    }

    /** A button that acts on the chosen snapshot, off while none is chosen. */
    private Button chosen(String text, String id, Consumer<Snapshot> act) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> act.accept(table.getSelectionModel().getSelectedItem()));
        return button;
    }

    private static TableColumn<Snapshot, String> column(String title, double width, Function<Snapshot, String> text) {
        TableColumn<Snapshot, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
