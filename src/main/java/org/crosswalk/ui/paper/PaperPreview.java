package org.crosswalk.ui.paper;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.export.Paper;

/**
 * A live, page-like picture of the paper as the exporters will write it: front matter, one
 * table per theme, the optional sections. Built from the same {@link Paper} they write.
 */
public final class PaperPreview extends ScrollPane {
    private final VBox page = new VBox(10);

    public PaperPreview() {
        setId("paperPreview");
        setFitToWidth(true);
        setAccessibleText("Preview of the board paper");
        page.getStyleClass().add("paper-page");
        page.setPadding(new Insets(24));
        setContent(page);
    }

    public void show(Paper paper) {
        page.getChildren().clear();
        if (paper == null) {
            return;
        }
        page.getChildren().add(text(paper.title(), "paper-title"));
        for (String line : new String[] {paper.board(), paper.meetingDate(), reference(paper), paper.authors()}) {
            if (!line.isBlank()) {
                page.getChildren().add(text(line, "paper-meta"));
            }
        }
        section("Introduction", paper.introduction());
        int number = 1;
        for (Paper.ThemeTable theme : paper.themes()) {
            page.getChildren().add(text(theme.theme(), "paper-heading"));
            page.getChildren().add(text("Table " + number++ + ": " + theme.theme(), "paper-caption"));
            page.getChildren().add(table(paper, theme));
        }
        if (paper.coverage() != null) {
            Paper.Coverage c = paper.coverage();
            page.getChildren().add(text("Coverage summary", "paper-heading"));
            page.getChildren().add(text(c.priorities() + " priorities: " + c.linked() + " supported by the plan, "
                    + c.noMention() + " with no mention, " + c.notMapped() + " not yet mapped; " + c.links()
                    + " plan paragraphs quoted.", "paper-body"));
        }
        section("Recommendations", paper.recommendations());
        if (paper.unaddressed() != null) {
            page.getChildren().add(text("Appendix: parts of the plan no local priority addresses", "paper-heading"));
            paper.unaddressed().forEach(u -> page.getChildren().add(text("• " + u.chapter()
                    + (u.section() == null ? "" : " — " + u.section()), "paper-body")));
        }
    }

    private static String reference(Paper paper) {
        return paper.reference().isBlank() ? "" : "Paper " + paper.reference();
    }

    private void section(String heading, java.util.List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        page.getChildren().add(text(heading, "paper-heading"));
        paragraphs.forEach(p -> page.getChildren().add(text(p, "paper-body")));
    }

    private Node table(Paper paper, Paper.ThemeTable theme) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("paper-table");
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(35);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(65);
        right.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(left, right);
        grid.addRow(0, cell(text(paper.priorityHeading(), "paper-th")), cell(text(paper.planHeading(), "paper-th")));
        int row = 1;
        for (Paper.PriorityRow priority : theme.rows()) {
            VBox left1 = new VBox(2, text(priority.priority(), "paper-priority"));
            if (paper.showSubItems()) {
                priority.subItems().forEach(s -> left1.getChildren().add(text("• " + s, "paper-body")));
            }
            VBox right1 = new VBox(4);
            switch (priority.status()) {
                case LINKED -> priority.quotes().forEach(q -> right1.getChildren().add(text(q.numberPrefix()
                        + (q.excerpt() ? "… " + q.text() + " …" : q.text()) + " " + q.citation(), "paper-body")));
                case NO_MENTION -> right1.getChildren().add(text(priority.noMention(), "paper-em"));
                case NOT_MAPPED -> right1.getChildren().add(text("Not yet mapped.", "paper-em"));
            }
            grid.addRow(row++, cell(left1), cell(right1));
        }
        return grid;
    }

    private static Node cell(Node content) {
        VBox box = new VBox(content);
        box.getStyleClass().add("paper-cell");
        box.setPadding(new Insets(4, 6, 4, 6));
        return box;
    }

    private static Label text(String value, String style) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
