package org.crosswalk.ui.merge;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.store.merge.Choice;
import org.crosswalk.store.merge.Conflict;

/**
 * One difference, side by side: what it is, then field by field this workspace's value beside the
 * other copy's, who changed each and when, and the two choices as radio buttons (Tab to reach them,
 * arrow keys or Space to choose).
 */
final class ConflictCard extends VBox {

    ConflictCard(int number, ConflictChoice item, MergeViewModel model, String otherName) {
        super(6);
        setId("conflict-" + number);
        getStyleClass().add("merge-conflict");
        setPadding(new Insets(8));
        setStyle("-fx-border-color: -fx-box-border; -fx-border-radius: 4; -fx-background-radius: 4;");
        Conflict conflict = item.conflict();
        Label title = new Label(number + ". " + conflict.what() + " — " + item.heading());
        title.getStyleClass().add("pane-heading");
        title.setWrapText(true);

        GridPane sides = new GridPane();
        sides.setHgap(12);
        sides.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(120);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(40);
        half.setHgrow(Priority.ALWAYS);
        sides.getColumnConstraints().addAll(names, half, half);
        sides.addRow(0, new Label(""), bold("This workspace (ours)"), bold("Their copy, " + otherName));
        sides.addRow(1, new Label(""), hint(model.side(conflict.ours())), hint(model.side(conflict.theirs())));
        int row = 2;
        for (Conflict.Field field : conflict.fields()) {
            sides.addRow(row++, bold(field.name()), value(field.ours()), value(field.theirs()));
        }

        ToggleGroup group = new ToggleGroup();
        RadioButton ours = option(item, Choice.OURS, group, "keepOurs-" + number);
        RadioButton theirs = option(item, Choice.THEIRS, group, "takeTheirs-" + number);
        item.choiceProperty().addListener((p, o, choice) -> group.selectToggle(choice == Choice.OURS ? ours
                : choice == Choice.THEIRS ? theirs : null));
        HBox choices = new HBox(24, ours, theirs);
        getChildren().addAll(title, sides, choices);
    }

    private static RadioButton option(ConflictChoice item, Choice choice, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(item.label(choice));
        button.setId(id);
        button.setToggleGroup(group);
        button.setMnemonicParsing(false);
        button.selectedProperty().addListener((p, was, selected) -> {
            if (selected) {
                item.choiceProperty().set(choice);
            }
        });
        return button;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        label.setWrapText(true);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
