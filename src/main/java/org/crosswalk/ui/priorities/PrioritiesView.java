package org.crosswalk.ui.priorities;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.DragContext;
import org.crosswalk.ui.WorkspaceSession;
import org.crosswalk.ui.mapping.MappingCommands;
import org.crosswalk.ui.Tips;

/** The board's priorities as a tree of themes, priorities and sub-items, with its toolbar. */
public final class PrioritiesView extends VBox {
    private final PrioritiesViewModel model;
    private final WorkspaceSession session;
    private final TreeView<OutlineRef> tree = new TreeView<>();

    public PrioritiesView(PrioritiesViewModel model, WorkspaceSession session, MappingCommands mapping,
                          DragContext drag) {
        this.model = model;
        this.session = session;
        getStyleClass().add("pane-column");
        setSpacing(6);
        setPadding(new Insets(8));
        Label heading = new Label("Local priorities");
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(tree);

        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(4, 4,
                button("+ Theme", "Add a theme (Ctrl+Shift+T)", model.addTheme()),
                button("+ Priority", "Add a priority to the selected theme (Ctrl+Shift+P)", model.addPriority()),
                button("+ Sub-item", "Add a sub-item to the selected priority (Ctrl+Shift+I)", model.addSubItem()),
                button("Rename", "Rename the selected line (F2)", model.rename()),
                button("↑", "Move up (Alt+Up)", model.moveUp()),
                button("↓", "Move down (Alt+Down)", model.moveDown()),
                button("Delete", "Delete the selected line (Delete)", model.delete()));
        tools.getStyleClass().add("pane-tools");

        tree.setId("prioritiesTree");
        tree.setAccessibleText("Local priorities: themes, priorities and sub-items");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new OutlineCell(drag, mapping));
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) ->
                model.selectedProperty().set(now == null ? null : now.getValue()));
        model.selectedProperty().addListener((o, old, now) -> select(now));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.delete().execute();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                model.rename().execute();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                model.moveUp().execute();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                model.moveDown().execute();
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(heading, tools, tree);

        session.contentProperty().addListener((o, old, now) -> rebuild(now));
        rebuild(session.content());
    }

    public TreeView<OutlineRef> tree() {
        return tree;
    }

    private static Button button(String text, String tip, org.crosswalk.ui.Command command) {
        Button button = command.bind(new Button(text));
        Tips.set(button, tip);
        button.setAccessibleText(tip);
        button.setFocusTraversable(false);
        return button;
    }

    private void rebuild(WorkspaceContent content) {
        OutlineRef keep = Optional.ofNullable(model.pendingProperty().get()).orElse(model.selectedProperty().get());
        TreeItem<OutlineRef> root = new TreeItem<>();
        if (content != null) {
            for (Theme theme : content.themes()) {
                TreeItem<OutlineRef> themeNode = new TreeItem<>(OutlineRef.theme(theme.id()));
                themeNode.setExpanded(true);
                for (org.crosswalk.model.Priority priority : content.prioritiesOf(theme.id())) {
                    TreeItem<OutlineRef> priorityNode = new TreeItem<>(OutlineRef.priority(priority.id()));
                    priorityNode.setExpanded(true);
                    for (SubItem subItem : content.subItemsOf(priority.id())) {
                        priorityNode.getChildren().add(new TreeItem<>(OutlineRef.subItem(subItem.id())));
                    }
                    themeNode.getChildren().add(priorityNode);
                }
                root.getChildren().add(themeNode);
            }
        }
        boolean hadFocus = tree.isFocused();
        tree.setRoot(root);
        if (keep != null && find(root, keep) != null) {
            model.pendingProperty().set(null);
            select(keep);
        } else {
            model.selectedProperty().set(null);
        }
        if (hadFocus) {
            tree.requestFocus();
        }
    }

    private void select(OutlineRef ref) {
        TreeItem<OutlineRef> item = ref == null ? null : find(tree.getRoot(), ref);
        if (item == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        if (tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static TreeItem<OutlineRef> find(TreeItem<OutlineRef> node, OutlineRef ref) {
        if (node == null) {
            return null;
        }
        if (ref.equals(node.getValue())) {
            return node;
        }
        for (TreeItem<OutlineRef> child : node.getChildren()) {
            TreeItem<OutlineRef> found = find(child, ref);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Shows a node's wording; accepts dropped plan items (link) and outline nodes (move). */
    private final class OutlineCell extends TreeCell<OutlineRef> {
        OutlineCell(DragContext drag, MappingCommands mapping) {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    drag.start(this, dragKind(getItem().kind()), getItem().id());
                }
            });
            setOnMouseDragEntered(e -> {
                if (getItem() != null && drag.payload().isPresent()) {
                    getStyleClass().add("drop-target");
                }
            });
            setOnMouseDragExited(e -> getStyleClass().remove("drop-target"));
            setOnMouseDragReleased(e -> {
                getStyleClass().remove("drop-target");
                OutlineRef target = getItem();
                drag.payload().ifPresent(payload -> {
                    if (target == null) {
                        return;
                    }
                    if (payload.kind() == DragContext.Kind.PLAN_ITEM) {
                        model.priorityOf(target).ifPresent(priorityId -> mapping.link(payload.id(), priorityId));
                    } else {
                        model.drop(new OutlineRef(outlineKind(payload.kind()), payload.id()), target);
                    }
                });
                drag.clear(this);
            });
        }

        @Override
        protected void updateItem(OutlineRef ref, boolean empty) {
            super.updateItem(ref, empty);
            getStyleClass().removeAll("outline-theme", "outline-priority", "outline-sub-item", "no-mention");
            WorkspaceContent content = session.content();
            if (empty || ref == null || content == null) {
                setText(null);
                Tips.set(this, null);
                return;
            }
            switch (ref.kind()) {
                case THEME -> {
                    setText(content.theme(ref.id()).map(Theme::title).orElse(""));
                    Tips.set(this, getText());
                    getStyleClass().add("outline-theme");
                }
                case PRIORITY -> content.priority(ref.id()).ifPresent(p -> {
                    int links = content.linksOf(p.id()).size();
                    setText(p.title() + (links > 0 ? "  (" + links + ")" : p.isNoMention() ? "  (no mention)" : ""));
                    getStyleClass().add("outline-priority");
                    Tips.set(this, p.title());
                });
                case SUB_ITEM -> {
                    setText("• " + content.subItem(ref.id()).map(SubItem::text).orElse(""));
                    getStyleClass().add("outline-sub-item");
                    Tips.set(this, getText());
                }
            }
        }
    }

    private static DragContext.Kind dragKind(OutlineRef.Kind kind) {
        return switch (kind) {
            case THEME -> DragContext.Kind.THEME;
            case PRIORITY -> DragContext.Kind.PRIORITY;
            case SUB_ITEM -> DragContext.Kind.SUB_ITEM;
        };
    }

    private static OutlineRef.Kind outlineKind(DragContext.Kind kind) {
        return switch (kind) {
            case THEME -> OutlineRef.Kind.THEME;
            case PRIORITY -> OutlineRef.Kind.PRIORITY;
            case SUB_ITEM -> OutlineRef.Kind.SUB_ITEM;
            case PLAN_ITEM -> throw new IllegalArgumentException("not an outline node");
        };
    }
}
