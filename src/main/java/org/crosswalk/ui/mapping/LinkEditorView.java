package org.crosswalk.ui.mapping;

import org.crosswalk.ui.FormFields;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.model.Relevance;

/**
 * Below the table: the selected link's excerpt, relevance and note, with Save and Unlink; for a
 * link waiting for review after a new edition, the review first.
 */
public final class LinkEditorView extends VBox {
    private final VBox content = new VBox(6);

    public LinkEditorView(LinkEditorViewModel model, MappingCommands commands) {
        setId("linkEditor");
        getStyleClass().add("link-editor");
        setPadding(new Insets(8));
        // Only there while a link is selected, so the table has the room the rest of the time.
        visibleProperty().bind(model.hasLinkProperty());
        managedProperty().bind(model.hasLinkProperty());
        // The form (four text areas, a list) is built when a link is first selected: hidden, it
        // would still be styled and laid out while the main window opens.
        if (model.hasLinkProperty().get()) {
            build(model, commands);
        } else {
            model.hasLinkProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> hasLink, Boolean was,
                                    Boolean now) {
                    if (now) {
                        hasLink.removeListener(this);
                        build(model, commands);
                    }
                }
            });
        }
    }

    private void build(LinkEditorViewModel model, MappingCommands commands) {
        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add("link-editor-heading");
        heading.setWrapText(true);

        ComboBox<Relevance> relevance = new ComboBox<>(FXCollections.observableArrayList(Relevance.values()));
        relevance.setId("linkRelevance");
        relevance.valueProperty().bindBidirectional(model.relevanceProperty());
        relevance.setCellFactory(list -> new RelevanceCell());
        relevance.setButtonCell(new RelevanceCell());
        relevance.setAccessibleText("Relevance of the paragraph to the priority");

        TextArea excerpt = FormFields.area("linkExcerpt",
                "Optional: paste the words to quote instead of the whole paragraph", 2);
        excerpt.textProperty().bindBidirectional(model.excerptProperty());
        excerpt.setAccessibleText("Excerpt to quote");
        TextArea note = FormFields.area("linkNote", "Optional: a note for the working group", 2);
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setAccessibleText("Note on this link");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, FormFields.label("_Relevance", relevance), relevance);
        form.addRow(1, FormFields.label("E_xcerpt", excerpt), excerpt);
        form.addRow(2, FormFields.label("N_ote", note), note);
        form.disableProperty().bind(model.hasLinkProperty().not());

        Button save = model.apply().bind(new Button("Save link details"));
        save.setId("saveLink");
        save.setDefaultButton(false);
        Button unlink = commands.unlink().bind(new Button("Unlink"));
        unlink.setId("unlinkButton");
        // While the link waits for review, the review's "Remove link" does this.
        unlink.visibleProperty().bind(commands.reviews().reviewingProperty().not());
        unlink.managedProperty().bind(unlink.visibleProperty());
        HBox buttons = new HBox(8, save, unlink);

        content.getChildren().addAll(heading, new LinkReviewPane(commands.reviews()), form, buttons);
        // In a small window the editor scrolls rather than squeezing its texts over each other.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    /** Wrapped text is as tall as the width makes it: ask for that height, which a ScrollPane does not. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double inner = width < 0 ? -1 : width - insets.getLeft() - insets.getRight() - 2;
        return insets.getTop() + content.prefHeight(inner) + insets.getBottom() + 2;
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(computePrefHeight(width), 160);
    }

    private static final class RelevanceCell extends ListCell<Relevance> {
        @Override
        protected void updateItem(Relevance item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
