package org.crosswalk.ui.mapping;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.SubItem;
import org.crosswalk.ui.DragContext;

/**
 * The mapping as the board paper will show it: a band per theme, each priority with its
 * sub-items, and under it the plan paragraphs that support it (or the "no mention" wording).
 */
public final class MappingTableView extends TableView<MappingRow> {
    private static final double NUMBER_WIDTH = 44;
    private static final String[] ROW_STYLES = {"theme-band", "priority-line", "link-line", "needs-review"};
    private boolean syncing;
    private boolean selecting;
    /** A row to bring wholly into view at the next layout, once the table has its new height; -1 for none. */
    private int reveal = -1;
    private Object lastShown;

    public MappingTableView(MappingTableViewModel model, MappingCommands commands, DragContext drag) {
        this(model.rows(), false);
        setId("mappingTable");
        setAccessibleText("Mapping table: local priorities and the national plan paragraphs that support them");
        setPlaceholder(new Label("No priorities yet. Add a theme and a priority on the left."));
        setRowFactory(view -> dropTargetRow(commands, drag));
        getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing) {
                selecting = true;
                try {
                    model.rowSelected(now);
                } finally {
                    selecting = false;
                }
            }
        });
        // A link selected elsewhere (Next Link to Review) is shown selected here too.
        model.selectedLinkProperty().addListener((o, old, now) -> {
            if (!selecting) {
                reselect(model);
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<MappingRow>) change -> reselect(model));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && getSelectionModel().getSelectedItem() instanceof MappingRow.LinkLine) {
                commands.unlink().execute();
                e.consume();
            }
        });
    }

    /**
     * The table as a snapshot kept it: the same rows and look, but nothing to edit — no drops, no
     * Delete key, no selection driving the link editor.
     */
    public static MappingTableView readOnly(javafx.collections.ObservableList<MappingRow> rows) {
        MappingTableView view = new MappingTableView(rows, true);
        view.setRowFactory(table -> styledRow());
        view.setPlaceholder(new Label("This snapshot has no priorities."));
        return view;
    }

    private MappingTableView(javafx.collections.ObservableList<MappingRow> rows, boolean readOnly) {
        super(rows);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<MappingRow, MappingRow> priority = new TableColumn<>("Local priority");
        priority.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        priority.setCellFactory(column -> new RowCell(true, column, readOnly));
        priority.prefWidthProperty().bind(widthProperty().multiply(0.34));
        priority.setSortable(false);
        TableColumn<MappingRow, MappingRow> plan = new TableColumn<>("National plan");
        plan.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        plan.setCellFactory(column -> new RowCell(false, column, readOnly));
        plan.setSortable(false);
        plan.prefWidthProperty().bind(widthProperty().subtract(priority.widthProperty()).subtract(32));
        getColumns().add(priority);
        getColumns().add(plan);
    }

    /**
     * Rows can be taller than the two rows of context above the selected one leave room for, and
     * the link editor below may just have appeared: once laid out, scroll the selected row into view.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (reveal >= 0 && lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            int index = reveal;
            reveal = -1;
            flow.layout();
            flow.scrollTo(index);
        }
    }

    /** After a reload, show the same priority or link selected (without re-firing selection). */
    private void reselect(MappingTableViewModel model) {
        syncing = true;
        try {
            int index = model.indexOfSelection();
            if (index >= 0) {
                getSelectionModel().clearAndSelect(index);
                MappingRow row = getItems().get(index);
                Object shown = row instanceof MappingRow.LinkLine line ? line.link().id() : row.priorityId();
                if (!shown.equals(lastShown)) {
                    lastShown = shown;
                    scrollTo(Math.max(0, index - 2));
                    reveal = index;
                    requestLayout();
                }
            } else {
                getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private static TableRow<MappingRow> dropTargetRow(MappingCommands commands, DragContext drag) {
        TableRow<MappingRow> row = styledRow();
        row.setOnMouseDragEntered(e -> {
            if (row.getItem() != null && row.getItem().priorityId() != null
                    && drag.dragged(DragContext.Kind.PLAN_ITEM).isPresent()) {
                row.getStyleClass().add("drop-target");
            }
        });
        row.setOnMouseDragExited(e -> row.getStyleClass().remove("drop-target"));
        row.setOnMouseDragReleased(e -> {
            row.getStyleClass().remove("drop-target");
            MappingRow target = row.getItem();
            drag.dragged(DragContext.Kind.PLAN_ITEM).ifPresent(itemId -> {
                if (target != null && target.priorityId() != null) {
                    commands.link(itemId, target.priorityId());
                }
            });
            drag.clear(row);
        });
        return row;
    }

    /** A row styled as a theme band, a priority or a link (flagged when it needs review). */
    private static TableRow<MappingRow> styledRow() {
        return new TableRow<>() {
            @Override
            protected void updateItem(MappingRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(ROW_STYLES);
                if (!empty && item != null) {
                    getStyleClass().add(item instanceof MappingRow.ThemeBand ? "theme-band"
                            : item instanceof MappingRow.PriorityLine ? "priority-line" : "link-line");
                    if (item instanceof MappingRow.LinkLine line && line.link().needsReview()) {
                        getStyleClass().add("needs-review");
                    }
                }
            }
        };
    }

    /** Renders either the priority side or the plan side of a row. */
    private static final class RowCell extends TableCell<MappingRow, MappingRow> {
        private final boolean prioritySide;
        private final TableColumn<MappingRow, MappingRow> column;
        private final boolean readOnly;

        RowCell(boolean prioritySide, TableColumn<MappingRow, MappingRow> column, boolean readOnly) {
            this.prioritySide = prioritySide;
            this.column = column;
            this.readOnly = readOnly;
        }

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null ? null : prioritySide ? prioritySide(row) : planSide(row));
            setAccessibleText(!prioritySide && !empty && row instanceof MappingRow.LinkLine line
                    ? spoken(line) : null);
        }

        /** What a screen reader says for a link: the review first, as it is the first thing to know. */
        private static String spoken(MappingRow.LinkLine line) {
            String review = line.link().needsReview() ? "Needs review: " + line.reviewReason() + ". " : "";
            String number = line.item().hasNumber() ? line.item().number() + ". " : "";
            return review + number + line.quote() + " " + line.citation();
        }

        private Node prioritySide(MappingRow row) {
            if (row instanceof MappingRow.ThemeBand band) {
                return styled(wrapped(band.theme().title()), "theme-title");
            }
            if (row instanceof MappingRow.PriorityLine line) {
                VBox box = new VBox(2, styled(wrapped(line.priority().title()), "priority-title"));
                for (SubItem subItem : line.subItems()) {
                    box.getChildren().add(styled(wrapped("• " + subItem.text()), "sub-item-text"));
                }
                if (!line.priority().note().isBlank()) {
                    box.getChildren().add(styled(wrapped("Note: " + line.priority().note()), "link-note"));
                }
                return box;
            }
            return null;
        }

        private Node planSide(MappingRow row) {
            if (row instanceof MappingRow.LinkLine line) {
                return linkText(line);
            }
            if (row instanceof MappingRow.PriorityLine line && line.linkCount() == 0) {
                return line.priority().isNoMention()
                        ? styled(wrapped(line.priority().noMention()), "no-mention-text")
                        : readOnly ? styled(wrapped("Not linked."), "hint-text")
                        : styled(wrapped("Not linked yet: select a paragraph in the plan and press Ctrl+L, "
                                + "drag it here, or see Suggestions (Ctrl+Shift+G)."), "hint-text");
            }
            return null;
        }

        /** "2.18." in a hanging column, then the quote with its citation, then relevance and note. */
        private Node linkText(MappingRow.LinkLine line) {
            Text number = styled(new Text(line.item().hasNumber() ? line.item().number() + "." : "•"), "link-number");
            javafx.scene.layout.StackPane numberBox = new javafx.scene.layout.StackPane(number);
            numberBox.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            numberBox.setMinWidth(NUMBER_WIDTH);
            numberBox.setPrefWidth(NUMBER_WIDTH);
            String quote = line.link().hasExcerpt() ? "… " + line.quote() + " …" : line.quote();
            VBox body = new VBox(2, styled(wrapped(quote + " " + line.citation(), NUMBER_WIDTH), "link-quote"));
            if (line.link().needsReview()) {
                body.getChildren().add(0, reviewFlag(line));
            }
            StringBuilder extra = new StringBuilder();
            if (line.link().relevance() != Relevance.DIRECT) {
                extra.append("Relevance: ").append(line.link().relevance().label());
            }
            if (!line.link().note().isBlank()) {
                extra.append(extra.length() > 0 ? ". " : "").append("Note: ").append(line.link().note());
            }
            if (extra.length() > 0) {
                body.getChildren().add(styled(wrapped(extra.toString(), NUMBER_WIDTH), "link-note"));
            }
            return new javafx.scene.layout.HBox(numberBox, body);
        }

        /** "Needs review" on a coloured tag, then why in words: never colour alone. */
        private Node reviewFlag(MappingRow.LinkLine line) {
            Label tag = new Label("Needs review");
            tag.getStyleClass().add("review-tag");
            tag.setMinWidth(Label.USE_PREF_SIZE);
            Text why = styled(new Text(line.reviewReason()), "review-reason");
            why.wrappingWidthProperty().bind(column.widthProperty().subtract(14 + NUMBER_WIDTH + 110));
            javafx.scene.layout.HBox flag = new javafx.scene.layout.HBox(6, tag, why);
            flag.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            return flag;
        }

        private Text wrapped(String value, double indent) {
            Text text = new Text(value);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14 + indent));
            return text;
        }

        private Text wrapped(String value) {
            return wrapped(value, 0);
        }

        private static Text styled(Text text, String style) {
            text.getStyleClass().addAll("flow-text", style);
            return text;
        }
    }
}
