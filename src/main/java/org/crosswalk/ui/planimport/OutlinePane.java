package org.crosswalk.ui.planimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crosswalk.plans.reading.ParsedChapter;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.ui.Tips;

/**
 * The plan's outline as read (chapters, their sections, items in each), choosing the part in
 * view; below it, the chosen chapter's number and title or the section's heading, to correct.
 */
final class OutlinePane extends VBox {
    private final ReviewViewModel model;
    private final TreeView<Scope> tree = new TreeView<>();
    private final Map<Scope, String> labels = new HashMap<>();
    private final GridPane chapterFields = new GridPane();
    private final GridPane sectionFields = new GridPane();
    private final Label hint = new Label("Choose a chapter or a section to correct its heading.");
    private boolean rebuilding;

    OutlinePane(ReviewViewModel model, CommitFields fields) {
        this.model = model;
        setSpacing(6);
        setMinWidth(0);
        Label heading = Controls.label("_Outline", tree);
        heading.getStyleClass().add("pane-heading");

        tree.setId("importOutline");
        tree.setAccessibleText("Chapters and sections read from the plan");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new ScopeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!rebuilding && now != null) {
                model.scopeProperty().set(now.getValue());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);

        TextField number = new TextField();
        number.setPrefColumnCount(4);
        number.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        number.setAccessibleText("Chapter number");
        fields.add(number, () -> chapter() == null ? "" : chapter().number(),
                value -> model.setChapterNumber(scope().chapter(), value));
        TextField title = new TextField();
        title.setAccessibleText("Chapter title");
        fields.add(title, () -> chapter() == null ? "" : chapter().title(),
                value -> model.setChapterTitle(scope().chapter(), value));
        Button drop = Controls.button("Drop _chapter", "Leave this chapter and all its items out of the plan",
                () -> {
                    fields.commitAll();
                    model.dropChapter(scope().chapter());
                });
        // Labels above their fields: the outline column is narrow.
        chapterFields.addColumn(0, Controls.label("Chapter num_ber", number), number,
                Controls.label("Chapter _title", title), title, drop);
        GridPane.setHgrow(title, Priority.ALWAYS);

        TextField section = new TextField();
        section.setAccessibleText("Section heading");
        section.setPromptText("(no heading)");
        fields.add(section, () -> scope().wholeChapter() ? "" : scope().section(),
                value -> model.renameSection(scope().chapter(), scope().section(), value));
        sectionFields.addColumn(0, Controls.label("Section _heading", section), section);
        GridPane.setHgrow(section, Priority.ALWAYS);
        for (GridPane grid : List.of(chapterFields, sectionFields)) {
            grid.setHgap(6);
            grid.setVgap(4);
            grid.setMaxWidth(Double.MAX_VALUE);
        }
        hint.setWrapText(true);
        hint.getStyleClass().add("import-hint");
        StackPane editor = new StackPane(hint, chapterFields, sectionFields);
        StackPane.setAlignment(hint, javafx.geometry.Pos.TOP_LEFT);
        editor.setPadding(new Insets(4, 0, 0, 0));

        getChildren().addAll(heading, tree, editor);
        model.planProperty().addListener((o, old, now) -> rebuild());
        model.scopeProperty().addListener((o, old, now) -> {
            showEditor();
            fields.refresh();
            select(now);
        });
        rebuild();
    }

    TreeView<Scope> tree() {
        return tree;
    }

    private Scope scope() {
        return model.scopeProperty().get();
    }

    private ParsedChapter chapter() {
        Scope scope = scope();
        List<ParsedChapter> chapters = model.plan().chapters();
        return scope.isAll() || scope.chapter() >= chapters.size() ? null : chapters.get(scope.chapter());
    }

    private void showEditor() {
        Scope scope = scope();
        hint.setVisible(scope.isAll());
        chapterFields.setVisible(!scope.isAll() && scope.wholeChapter());
        sectionFields.setVisible(!scope.isAll() && !scope.wholeChapter());
    }

    /** Builds the tree again (counts and headings change with corrections), keeping the part in view. */
    private void rebuild() {
        rebuilding = true;
        try {
            ParsedPlan plan = model.plan();
            labels.clear();
            labels.put(Scope.ALL, "Whole plan (" + count(plan.items().size()) + ")");
            TreeItem<Scope> root = new TreeItem<>(Scope.ALL);
            root.setExpanded(true);
            for (Outline.ChapterEntry chapter : Outline.of(plan)) {
                Scope chapterScope = Scope.chapter(chapter.index());
                labels.put(chapterScope, chapter.heading() + " (" + count(chapter.items()) + ")");
                TreeItem<Scope> node = new TreeItem<>(chapterScope);
                node.setExpanded(true);
                for (Outline.SectionEntry section : chapter.sections()) {
                    Scope sectionScope = Scope.section(chapter.index(), section.title());
                    labels.put(sectionScope, (section.title() == null ? "(no section heading)" : section.title())
                            + " (" + section.items() + ")");
                    node.getChildren().add(new TreeItem<>(sectionScope));
                }
                root.getChildren().add(node);
            }
            boolean focused = tree.isFocused();
            tree.setRoot(root);
            select(scope());
            if (focused) {
                tree.requestFocus();
            }
        } finally {
            rebuilding = false;
        }
        showEditor();
    }

    private void select(Scope scope) {
        boolean was = rebuilding;
        rebuilding = true;
        try {
            TreeItem<Scope> found = find(tree.getRoot(), scope);
            if (found != null && tree.getSelectionModel().getSelectedItem() != found) {
                tree.getSelectionModel().select(found);
            }
        } finally {
            rebuilding = was;
        }
    }

    private static TreeItem<Scope> find(TreeItem<Scope> node, Scope scope) {
        if (node == null) {
            return null;
        }
        if (scope.equals(node.getValue())) {
            return node;
        }
        for (TreeItem<Scope> child : node.getChildren()) {
            TreeItem<Scope> found = find(child, scope);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String count(int items) {
        return items == 1 ? "1 item" : items + " items";
    }

    private final class ScopeCell extends TreeCell<Scope> {
        @Override
        protected void updateItem(Scope scope, boolean empty) {
            super.updateItem(scope, empty);
            String label = empty || scope == null ? null : labels.get(scope);
            setText(label);
            Tips.set(this, label);
        }
    }
}
