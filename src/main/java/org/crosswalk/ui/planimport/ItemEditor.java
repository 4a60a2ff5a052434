package org.crosswalk.ui.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;

/**
 * The selected item, to correct: number, printed page, kind, the heading it sits under, its
 * full text; merge it with the next, split it at the cursor, drop it.
 */
final class ItemEditor extends VBox {
    /** A heading an item can sit under: a section of a chapter, or the chapter itself. */
    record Target(int chapter, String section, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ReviewViewModel model;
    private final CommitFields fields;
    private final TextArea text = new TextArea();
    private final ComboBox<ItemKind> kind = new ComboBox<>(FXCollections.observableArrayList(ItemKind.values()));
    private final ComboBox<Target> target = new ComboBox<>();
    private final Label where = new Label();
    private boolean showing;
    private int caretWhenLeft = -1;

    private final Runnable backToList;

    /** {@code backToList} puts the keyboard back in the list after Merge, Split or Drop. */
    ItemEditor(ReviewViewModel model, CommitFields fields, Runnable backToList) {
        this.model = model;
        this.fields = fields;
        this.backToList = backToList;
        setSpacing(6);
        getStyleClass().add("import-editor");
        setPadding(new Insets(8));

        TextField number = new TextField();
        number.setPrefColumnCount(6);
        number.setAccessibleText("Number");
        fields.add(number, () -> selected() == null ? "" : selected().number(), model::setNumber);
        TextField page = new TextField();
        page.setPrefColumnCount(4);
        page.setAccessibleText("Printed page");
        page.setId("importPage");
        fields.add(page, () -> selected() == null || selected().printedPage() == null ? ""
                : selected().printedPage().toString(), model::setPrintedPage);

        kind.setButtonCell(new KindCell());
        kind.setCellFactory(list -> new KindCell());
        kind.setAccessibleText("Kind");
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kind.setOnAction(e -> {
            if (!showing && kind.getValue() != null && selected() != null && kind.getValue() != selected().kind()) {
                model.setKind(kind.getValue());
            }
        });
        target.setAccessibleText("Section the item sits under");
        target.setMaxWidth(Double.MAX_VALUE);
        target.setOnAction(e -> {
            Target chosen = target.getValue();
            if (!showing && chosen != null && selected() != null && !chosen.equals(targetOf(selected()))) {
                model.moveTo(chosen.chapter(), chosen.section());
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, Controls.label("_Number", number), number, Controls.label("Printed pa_ge", page), page,
                Controls.label("_Kind", kind), kind);
        grid.add(Controls.label("Mo_ve to", target), 0, 1);
        grid.add(target, 1, 1, 5, 1);
        GridPane.setHgrow(target, Priority.ALWAYS);

        text.setId("importText");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setAccessibleText("Text of the item");
        // Registered before the field's own listener, so the cursor is known before the text is handed back.
        text.focusedProperty().addListener((o, was, now) -> caretWhenLeft = now ? -1 : text.getCaretPosition());
        fields.add(text, () -> selected() == null ? "" : selected().text(), model::setText);
        // Tab leaves the text, as in every other field (an item's text has no tab characters).
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                text.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                        e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(),
                        e.isMetaDown()));
            }
        });
        VBox.setVgrow(text, Priority.ALWAYS);
        where.getStyleClass().add("import-where");
        where.setWrapText(true);

        getChildren().addAll(grid, new HBox(8, Controls.label("Te_xt", text), where), text, buttons());
        model.selectedProperty().addListener((o, old, now) -> caretWhenLeft = -1);
        model.selectedItemProperty().addListener((o, old, now) -> show());
        model.planProperty().addListener((o, old, now) -> show());
        show();
    }

    /** Puts the cursor in the text (Enter in the list). */
    void editText() {
        text.requestFocus();
    }

    private HBox buttons() {
        Button merge = Controls.button("_Merge with next", "Join this item and the one after it, as one item", () -> {
            fields.commitAll();
            model.mergeWithNext();
            backToList.run();
        });
        merge.setId("importMerge");
        merge.disableProperty().bind(model.canMergeProperty().not());
        Button split = Controls.button("_Split at cursor", "Make a new item of the text after the cursor", () -> {
            int caret = text.isFocused() ? text.getCaretPosition() : caretWhenLeft;
            fields.commitAll();
            model.splitAt(caret);
            backToList.run();
        });
        Button drop = Controls.button("_Drop item", "Leave this item out of the plan (Delete in the list)", () -> {
            fields.commitAll();
            model.dropItem();
            backToList.run();
        });
        split.disableProperty().bind(model.selectedItemProperty().isNull());
        drop.disableProperty().bind(model.selectedItemProperty().isNull());
        HBox row = new HBox(8, merge, split, drop);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void show() {
        showing = true;
        try {
            ParsedItem item = selected();
            setDisable(item == null);
            List<Target> targets = targets(model.plan());
            if (!targets.equals(target.getItems())) {
                target.setItems(FXCollections.observableArrayList(targets));
            }
            kind.setValue(item == null ? null : item.kind());
            target.setValue(item == null ? null : targetOf(item));
            where.setText(item == null ? "" : describe(item));
            fields.refresh();
        } finally {
            showing = false;
        }
    }

    private static String describe(ParsedItem item) {
        List<String> parts = new ArrayList<>();
        if (item.printedPage() != null) {
            parts.add("printed page " + item.printedPage() + (item.continuesToPage() == null ? ""
                    : " (runs on to " + item.continuesToPage() + ")"));
        }
        if (item.pdfPage() != null) {
            parts.add("page " + item.pdfPage() + " of the file");
        }
        return parts.isEmpty() ? "" : "From " + String.join(", ", parts);
    }

    private ParsedItem selected() {
        return model.selectedItemProperty().get();
    }

    private Target targetOf(ParsedItem item) {
        return targets(model.plan()).stream()
                .filter(t -> t.chapter() == item.chapter() && Objects.equals(t.section(), item.section()))
                .findFirst().orElse(null);
    }

    /** Every chapter (its items under no heading) and every section, in outline order. */
    static List<Target> targets(ParsedPlan plan) {
        List<Target> targets = new ArrayList<>();
        for (Outline.ChapterEntry chapter : Outline.of(plan)) {
            String heading = Names.firstWords(chapter.heading(), 48);
            targets.add(new Target(chapter.index(), null, heading));
            for (Outline.SectionEntry section : chapter.sections()) {
                if (section.title() != null) {
                    targets.add(new Target(chapter.index(), section.title(), heading + "  ›  " + section.title()));
                }
            }
        }
        return targets;
    }

    private static final class KindCell extends ListCell<ItemKind> {
        @Override
        protected void updateItem(ItemKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }
}
