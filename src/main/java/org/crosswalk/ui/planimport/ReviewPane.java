package org.crosswalk.ui.planimport;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.crosswalk.plans.reading.ParsedPlan;

/**
 * The review step: what was read, the reader's notes, the outline beside the items, the selected
 * item to correct, the page it came from (PDFs), and the plan's details with Import.
 */
final class ReviewPane extends BorderPane {
    private final ItemsTable items;

    ReviewPane(ImportViewModel importing, ReviewViewModel review, CommitFields fields, PageImages pages,
               Runnable cancel) {
        OutlinePane outline = new OutlinePane(review, fields);
        ItemsTable[] list = new ItemsTable[1];
        // Later: a button fired by its mnemonic takes the focus once its action is done.
        ItemEditor editor = new ItemEditor(review, fields,
                () -> javafx.application.Platform.runLater(() -> list[0].table().requestFocus()));
        items = list[0] = new ItemsTable(review, editor::editText, () -> {
            fields.commitAll();
            review.dropItem();
        });

        SplitPane middle = new SplitPane(items, editor);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.48);
        SplitPane panes = new SplitPane(outline, middle);
        if (importing.isPdf()) {
            panes.getItems().add(new SourcePagePane(importing.file(), review, pages));
            panes.setDividerPositions(0.2, 0.6);
        } else {
            panes.setDividerPositions(0.3);
        }
        panes.setPadding(new Insets(0, 8, 0, 8));
        setTop(summary(importing, review));
        setCenter(panes);
        setBottom(new DetailsBar(importing, review, fields::commitAll, cancel));
    }

    /** Where the keyboard starts: the list of items. */
    /**
     * Puts the keyboard in the list of items. Just after the pane replaces the reading pane the
     * list may not take the focus yet (on a busy machine it is not laid out for a while), so this
     * tries again after each layout pass until it holds, for up to five seconds, and stops at once
     * if the person puts the focus somewhere else.
     */
    void focusItems() {
        Node table = items.table();
        table.requestFocus();
        Scene scene = table.getScene();
        if (scene == null || table.isFocused()) {
            return;
        }
        long giveUpAt = System.nanoTime() + 5_000_000_000L;
        Runnable[] retry = new Runnable[1];
        retry[0] = () -> {
            Node owner = scene.getFocusOwner();
            boolean elsewhere = owner != null && owner != scene.getRoot() && owner != table;
            if (!elsewhere) {
                table.requestFocus();
            }
            if (elsewhere || table.isFocused() || System.nanoTime() > giveUpAt) {
                scene.removePostLayoutPulseListener(retry[0]);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(retry[0]);
        Platform.requestNextPulse();
    }

    private static VBox summary(ImportViewModel importing, ReviewViewModel review) {
        Label what = new Label();
        what.setId("importSummary");
        what.setWrapText(true);
        what.textProperty().bind(Bindings.createStringBinding(() -> describe(importing, review.plan()),
                review.planProperty()));
        VBox top = new VBox(6, what);
        top.setPadding(new Insets(10, 12, 8, 12));
        if (!review.notes().isEmpty()) {
            VBox lines = new VBox(2);
            review.notes().forEach(note -> {
                Label line = new Label("• " + note);
                line.setWrapText(true);
                lines.getChildren().add(line);
            });
            lines.setPadding(new Insets(2, 6, 2, 6));
            ScrollPane scroll = new ScrollPane(lines);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(Math.min(3, review.notes().size()) * 21.0 + 8);
            scroll.setFocusTraversable(false);
            TitledPane notes = new TitledPane("What the reader left out or guessed (" + review.notes().size() + ")",
                    scroll);
            notes.setId("importNotes");
            notes.setAnimated(false);
            notes.getStyleClass().add("import-notes");
            top.getChildren().add(notes);
        }
        return top;
    }

    private static String describe(ImportViewModel importing, ParsedPlan plan) {
        return importing.file().getFileName() + ": " + plan.chapters().size()
                + (plan.chapters().size() == 1 ? " chapter, " : " chapters, ") + plan.items().size()
                + (plan.items().size() == 1 ? " item" : " items")
                + (plan.numbered() ? " (numbered paragraphs)" : " (the plan does not number its paragraphs)")
                + ". Check them and correct what was misread: nothing is added to the workspace until you "
                + "press Import.";
    }
}
