package org.crosswalk.ui.progress;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** A status as a coloured chip with its words: the colour helps, the words carry the meaning. */
final class StatusCell extends TableCell<ProgressRow, ProgressRow> {
    @Override
    protected void updateItem(ProgressRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        setGraphic(chip(row));
    }

    static Label chip(ProgressRow row) {
        Label chip = new Label(row.statusWords());
        chip.getStyleClass().addAll("status-chip", ProgressText.styleOf(row.progress().status()));
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }
}
