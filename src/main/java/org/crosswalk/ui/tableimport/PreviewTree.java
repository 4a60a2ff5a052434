package org.crosswalk.ui.tableimport;

import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.crosswalk.tables.mapping.TablePreview;

/** The preview as a tree: themes › priorities › sub-items, links and "no mention"; what exists is muted. */
final class PreviewTree extends TreeView<PreviewNode> {
    PreviewTree(TableImportViewModel model) {
        setId("tableImportPreview");
        setShowRoot(false);
        setAccessibleText("What will be imported");
        setCellFactory(t -> new Cell());
        model.previewProperty().addListener((o, old, now) -> fill(now));
        fill(model.previewProperty().get());
    }

    private void fill(TablePreview preview) {
        TreeItem<PreviewNode> root = new TreeItem<>();
        if (preview != null) {
            PreviewNode.of(preview).forEach(theme -> root.getChildren().add(item(theme)));
        }
        setRoot(root);
    }

    private static TreeItem<PreviewNode> item(PreviewNode node) {
        TreeItem<PreviewNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(node.kind() == PreviewNode.Kind.THEME || node.kind() == PreviewNode.Kind.PRIORITY);
        return item;
    }

    private static final class Cell extends TreeCell<PreviewNode> {
        @Override
        protected void updateItem(PreviewNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("outline-theme", "table-import-existing", "no-mention-text");
            setText(empty || node == null ? null : node.text());
            if (empty || node == null) {
                return;
            }
            if (node.kind() == PreviewNode.Kind.THEME) {
                getStyleClass().add("outline-theme");
            }
            if (node.kind() == PreviewNode.Kind.NO_MENTION) {
                getStyleClass().add("no-mention-text");
            }
            if (!node.isNew()) {
                getStyleClass().add("table-import-existing");
            }
        }
    }
}
