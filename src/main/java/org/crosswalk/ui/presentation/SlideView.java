package org.crosswalk.ui.presentation;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The shown priority in large type: wording, lead, sub-items, then the plan paragraphs or the board's statement. */
final class SlideView extends ScrollPane {
    private final VBox body = new VBox();

    SlideView() {
        body.getStyleClass().add("slide");
        body.setPadding(new Insets(0.6 * 20, 20, 20, 20));
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("slide-scroll");
        setFocusTraversable(false);
    }

    void show(Slide slide) {
        body.getChildren().clear();
        setVvalue(0);
        if (slide.isEmpty()) {
            body.getChildren().add(wrapped("This workspace has no priorities yet. Press P to add one.", "slide-hint"));
            return;
        }
        Label title = wrapped(slide.title(), "slide-title");
        title.setId("slideTitle");
        body.getChildren().add(title);
        if (!slide.lead().isBlank()) {
            body.getChildren().add(wrapped("Lead: " + slide.lead(), "slide-lead"));
        }
        for (String subItem : slide.subItems()) {
            body.getChildren().add(wrapped("•  " + subItem, "slide-sub-item"));
        }
        body.getChildren().add(wrapped("National plan", "slide-heading"));
        if (!slide.links().isEmpty()) {
            slide.links().forEach(link -> body.getChildren().add(paragraph(link)));
        } else if (!slide.noMention().isBlank()) {
            body.getChildren().add(wrapped(slide.noMention(), "slide-no-mention"));
        } else {
            body.getChildren().add(wrapped("Not linked to the plan yet.", "slide-hint"));
        }
        if (!slide.note().isBlank()) {
            body.getChildren().add(wrapped("Notes", "slide-heading"));
            body.getChildren().add(wrapped(slide.note(), "slide-note"));
        }
    }

    private static TextFlow paragraph(Slide.LinkedParagraph link) {
        Text reference = text(link.reference() + "  ", "slide-reference");
        Text quote = text(link.quote(), "slide-quote");
        Text citation = text(" " + link.citation(), "slide-citation");
        TextFlow flow = new TextFlow(reference, quote, citation);
        if (!link.note().isBlank()) {
            flow.getChildren().add(text("\n" + link.note(), "slide-link-note"));
        }
        flow.getStyleClass().add("slide-paragraph");
        flow.setAccessibleText(link.reference() + ": " + link.quote() + " " + link.citation());
        return flow;
    }

    private static Text text(String value, String style) {
        Text text = new Text(value);
        text.getStyleClass().add(style);
        return text;
    }

    private static Label wrapped(String value, String style) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
