package org.crosswalk.ui.mapping;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * In the link editor, for a link waiting for review: what happened, the two texts side by side,
 * and keep, link to the selected paragraph instead, or remove.
 */
final class LinkReviewPane extends VBox {

    LinkReviewPane(LinkReviews reviews) {
        setId("linkReview");
        getStyleClass().add("review-box");
        setSpacing(6);
        setPadding(new Insets(8));

        Label tag = new Label("Needs review");
        tag.getStyleClass().add("review-tag");
        tag.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label();
        title.setId("reviewTitle");
        title.getStyleClass().add("review-title");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        HBox titleRow = new HBox(8, tag, title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label details = new Label();
        details.setId("reviewDetails");
        details.setWrapText(true);
        details.setMinHeight(Label.USE_PREF_SIZE);

        Label beforeHeading = heading();
        TextArea before = text("reviewBefore");
        Label afterHeading = heading();
        TextArea after = text("reviewAfter");
        beforeHeading.setLabelFor(before);
        afterHeading.setLabelFor(after);
        GridPane texts = new GridPane();
        texts.setHgap(10);
        texts.setVgap(2);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            texts.getColumnConstraints().add(half);
        }
        texts.addRow(0, beforeHeading, afterHeading);
        texts.addRow(1, before, after);

        Button keep = reviews.keep().bind(new Button("_Keep this link"));
        keep.setId("keepLink");
        Button repoint = reviews.repoint().bind(new Button("Link to the selected paragraph _instead"));
        repoint.setId("repointLink");
        Button remove = reviews.remove().bind(new Button("Re_move link"));
        remove.setId("removeLink");
        // Wraps rather than cutting the labels short when the middle column is narrow.
        FlowPane buttons = new FlowPane(8, 6, keep, repoint, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button button : java.util.List.of(keep, repoint, remove)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        Label hint = new Label();
        hint.setId("repointHint");
        hint.getStyleClass().add("review-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(reviews.repointHintProperty());
        repoint.accessibleHelpProperty().bind(reviews.repointHintProperty());

        java.util.function.Consumer<ReviewWording.Explained> show = now -> {
            if (now != null) {
                title.setText(now.title().replaceFirst("^Needs review: ", ""));
                details.setText(now.details());
                beforeHeading.setText(now.beforeHeading());
                before.setText(now.beforeText());
                afterHeading.setText(now.afterHeading());
                after.setText(now.afterText());
            }
        };
        reviews.shownProperty().addListener((o, old, now) -> show.accept(now));
        show.accept(reviews.shownProperty().get());
        getChildren().addAll(titleRow, details, texts, buttons, hint);
        visibleProperty().bind(reviews.reviewingProperty());
        managedProperty().bind(reviews.reviewingProperty());
    }

    private static Label heading() {
        Label label = new Label();
        label.getStyleClass().add("review-text-heading");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A paragraph to read (and copy from), not to edit. */
    private static TextArea text(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.getStyleClass().add("review-text");
        return area;
    }
}
