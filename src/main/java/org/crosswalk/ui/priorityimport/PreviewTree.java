package org.crosswalk.ui.priorityimport;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import org.crosswalk.tables.priorities.PriorityImportPreview;

/**
 * What importing would create, as it would sit in the priorities tree: each line marked "New" or
 * greyed as "Already in the workspace".
 */
final class PreviewTree extends TreeView<PreviewTree.Line> {
    /** One line of the tree: a theme, a priority (with its lead) or a sub-item. */
    record Line(String text, String detail, boolean isNew) {
    }

    PreviewTree() {
        setId("importPreviewTree");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setCellFactory(tree -> new LineCell());
        setAccessibleText("What will be imported");
    }

    void show(PriorityImportPreview preview) {
        TreeItem<Line> root = new TreeItem<>();
        if (preview != null) {
            for (PriorityImportPreview.Theme theme : preview.themes()) {
                TreeItem<Line> themeItem = item(new Line(theme.title(), "", theme.isNew()));
                for (PriorityImportPreview.Priority priority : theme.priorities()) {
                    // An existing priority keeps its own lead, so the file's lead is shown only for new ones.
                    String lead = priority.lead().isEmpty() || !priority.isNew() ? ""
                            : "Lead: " + priority.lead().replace('\n', ' ');
                    TreeItem<Line> priorityItem = item(new Line(priority.title(), lead, priority.isNew()));
                    priority.subItems().forEach(s -> priorityItem.getChildren().add(
                            item(new Line(s.text(), "", !s.exists()))));
                    themeItem.getChildren().add(priorityItem);
                }
                root.getChildren().add(themeItem);
            }
        }
        setRoot(root);
    }

    private static TreeItem<Line> item(Line line) {
        TreeItem<Line> item = new TreeItem<>(line);
        item.setExpanded(true);
        return item;
    }

    private static final class LineCell extends TreeCell<Line> {
        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label text = new Label(line.text().replace('\n', ' '));
            text.setMinWidth(0);
            Label badge = new Label(line.isNew() ? "New" : "Already in the workspace");
            badge.getStyleClass().add(line.isNew() ? "import-new-badge" : "import-existing-badge");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            HBox box = new HBox(8, text, badge);
            if (!line.detail().isEmpty()) {
                Label detail = new Label(line.detail());
                detail.getStyleClass().add("import-detail-text");
                detail.setMinWidth(0);
                box.getChildren().add(1, detail);
            }
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add(line.isNew() ? "import-new-line" : "import-existing-line");
            setGraphic(box);
            setAccessibleText(line.text() + (line.isNew() ? ", new" : ", already in the workspace"));
        }
    }
}
