package org.crosswalk.ui.priorityimport;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crosswalk.tables.priorities.ColumnMapping;
import org.crosswalk.tables.priorities.ColumnRole;
import org.crosswalk.tables.reading.GridRow;

/**
 * The chosen table's first rows, with above each column the list of what it holds (Theme,
 * Priority, Sub-items, Note, Lead or Ignore) and the choice of the heading row.
 */
final class ColumnsPane extends VBox {
    private static final String IGNORE = "Ignore";

    private final TableSetup setup;
    private final GridPane grid = new GridPane();
    private final ComboBox<Integer> headerRow = new ComboBox<>();
    private final List<ComboBox<String>> roles = new ArrayList<>();
    private final List<List<Label>> cells = new ArrayList<>();
    /** True while the lists are set from the mapping, so that does not count as the person's choice. */
    private boolean showing;

    ColumnsPane(TableSetup setup) {
        super(6);
        this.setup = setup;
        Label heading = new Label("What each column holds");
        heading.getStyleClass().add("pane-heading");
        headerRow.setId("importHeaderRow");
        headerRow.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer row) {
                return row == null ? "" : row < 0 ? "No heading row" : "Row " + setup.line(row);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        headerRow.valueProperty().addListener((o, old, now) -> {
            if (!showing && now != null) {
                setup.setHeaderRow(now);
            }
        });
        Label headerLabel = new Label("_Headings are in:");
        headerLabel.setMnemonicParsing(true);
        headerLabel.setLabelFor(headerRow);
        HBox header = new HBox(8, heading, new Label("  "), headerLabel, headerRow);
        header.setAlignment(Pos.CENTER_LEFT);
        grid.setId("importColumns");
        grid.setHgap(8);
        grid.setVgap(2);
        grid.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(true);
        // The lists and about six rows: enough to recognise the table, leaving the rest to the preview.
        scroll.setPrefViewportHeight(150);
        scroll.setMinViewportHeight(150);
        scroll.getStyleClass().add("import-columns-scroll");
        getChildren().addAll(header, scroll);
        setup.tableProperty().addListener((o, old, now) -> build());
        setup.mappingProperty().addListener((o, old, now) -> show());
        build();
    }

    /** A new table: new columns and rows. */
    private void build() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        roles.clear();
        cells.clear();
        headerRow.getItems().setAll(setup.headerRowChoices());
        grid.getColumnConstraints().add(new ColumnConstraints(56));
        for (int c = 0; c < setup.columnCount(); c++) {
            grid.getColumnConstraints().add(new ColumnConstraints(120, 190, 260));
            grid.add(roleChoice(c), c + 1, 0);
        }
        List<GridRow> rows = setup.sampleRows();
        for (int r = 0; r < rows.size(); r++) {
            Label line = new Label("Row " + rows.get(r).line());
            line.getStyleClass().add("import-row-number");
            grid.add(line, 0, r + 1);
            List<Label> rowCells = new ArrayList<>();
            for (int c = 0; c < setup.columnCount(); c++) {
                Label cell = cell(rows.get(r).cell(c));
                grid.add(cell, c + 1, r + 1);
                rowCells.add(cell);
            }
            cells.add(rowCells);
        }
        show();
    }

    private ComboBox<String> roleChoice(int column) {
        ComboBox<String> choice = new ComboBox<>();
        for (ColumnRole role : ColumnRole.values()) {
            choice.getItems().add(role.label());
        }
        choice.getItems().add(IGNORE);
        choice.setId("role" + column);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setAccessibleText("What column " + (column + 1) + " holds");
        choice.valueProperty().addListener((o, old, now) -> {
            if (!showing && now != null) {
                setup.setRole(column, role(now));
            }
        });
        roles.add(choice);
        return choice;
    }

    private static ColumnRole role(String label) {
        for (ColumnRole role : ColumnRole.values()) {
            if (role.label().equals(label)) {
                return role;
            }
        }
        return null;
    }

    private static Label cell(String text) {
        // One line per cell; " · " keeps the lines of a cell apart (several sub-items).
        Label cell = new Label(text.strip().replace("\n", " · "));
        cell.setTextOverrun(OverrunStyle.ELLIPSIS);
        cell.setMinWidth(0);
        cell.setMaxWidth(Double.MAX_VALUE);
        if (!text.isEmpty()) {
            Tooltip tip = new Tooltip(text);
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            cell.setTooltip(tip);
        }
        cell.getStyleClass().add("import-cell");
        return cell;
    }

    /** The mapping changed (or the table): lists and row styles follow it. */
    private void show() {
        ColumnMapping mapping = setup.mappingProperty().get();
        if (mapping == null) {
            return;
        }
        showing = true;
        try {
            headerRow.setValue(mapping.headerRow());
            for (int c = 0; c < roles.size(); c++) {
                roles.get(c).setValue(setup.role(c).map(ColumnRole::label).orElse(IGNORE));
                roles.get(c).pseudoClassStateChanged(IGNORED, setup.role(c).isEmpty());
            }
            for (int r = 0; r < cells.size(); r++) {
                for (int c = 0; c < cells.get(r).size(); c++) {
                    Label cell = cells.get(r).get(c);
                    cell.pseudoClassStateChanged(HEADING, r == mapping.headerRow());
                    cell.pseudoClassStateChanged(SKIPPED, r < mapping.headerRow() || setup.role(c).isEmpty());
                }
            }
        } finally {
            showing = false;
        }
    }

    private static final javafx.css.PseudoClass HEADING = javafx.css.PseudoClass.getPseudoClass("heading");
    private static final javafx.css.PseudoClass SKIPPED = javafx.css.PseudoClass.getPseudoClass("skipped");
    private static final javafx.css.PseudoClass IGNORED = javafx.css.PseudoClass.getPseudoClass("ignored");
}
