package org.crosswalk.ui.planbrowser;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.DragContext;
import org.crosswalk.ui.Highlights;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;
import org.crosswalk.ui.planbrowser.PlanBrowserViewModel.Level;
import org.crosswalk.ui.planbrowser.PlanBrowserViewModel.Scope;
import org.crosswalk.ui.Tips;

/** The national plan pane (its tab names it): outline tree, filter box and the items in scope. */
public final class PlanBrowserView extends VBox {
    private final PlanBrowserViewModel model;
    private final WorkspaceSession session;
    private final TreeView<Scope> outline = new TreeView<>();
    private final TableView<PlanItem> table = new TableView<>();
    private final TextField filter = new TextField();
    private List<Object> outlineShape = List.of();
    private java.util.UUID lastSelected;

    public PlanBrowserView(PlanBrowserViewModel model, WorkspaceSession session, Selection selection,
                           DragContext drag, org.crosswalk.ui.Command link) {
        this.model = model;
        this.session = session;
        getStyleClass().add("pane-column");
        setSpacing(6);
        setPadding(new Insets(8));

        filter.setId("planFilter");
        filter.setPromptText("Search the plan (Ctrl+F): words, or a number like 2.18");
        filter.setAccessibleText("Search plan paragraphs");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });

        outline.setId("planOutline");
        outline.setShowRoot(false);
        outline.setAccessibleText("Plan chapters and sections");
        outline.setCellFactory(tree -> new OutlineCell());
        outline.getSelectionModel().selectedItemProperty().addListener((o, old, now) ->
                model.scopeProperty().set(now == null ? null : now.getValue()));

        configureTable(selection, drag);
        // Enter or a double click links the paragraph to the selected priority, like Ctrl+L.
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                link.execute();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                link.execute();
            }
        });

        SplitPane split = new SplitPane(outline, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label found = new Label();
        found.setId("planSearchSummary");
        found.getStyleClass().add("search-summary");
        found.setWrapText(true);
        found.textProperty().bind(model.resultSummaryProperty());
        found.managedProperty().bind(found.textProperty().isNotEmpty());
        found.visibleProperty().bind(found.managedProperty());
        getChildren().addAll(filter, found, split);

        session.contentProperty().addListener((o, old, now) -> rebuildOutline(now));
        rebuildOutline(session.content());
    }

    /** Puts the cursor in the filter box (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void configureTable(Selection selection, DragContext drag) {
        table.setId("planItems");
        table.setAccessibleText("Plan paragraphs");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                session.content() != null && session.content().plans().isEmpty()
                        ? "No national plan in this workspace yet. Use File > Add National Plan."
                        : "No paragraphs match. Clear the filter or choose another chapter.",
                session.contentProperty()));
        table.setPlaceholder(placeholder);
        table.setItems(model.items());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<PlanItem, String> number = new TableColumn<>("No.");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(numberCell(c.getValue())));
        number.setPrefWidth(64);
        TableColumn<PlanItem, String> plan = new TableColumn<>("Plan");
        plan.setId("planColumn");
        plan.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(planCell(c.getValue())));
        plan.setPrefWidth(110);
        plan.setCellFactory(column -> {
            javafx.scene.control.TableCell<PlanItem, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty ? null : value);
                }
            };
            cell.setWrapText(true); // "NHS LTP, January 2019" on two lines rather than cut short
            return cell;
        });
        // Only a workspace with several plans (or editions) needs to say which one an item is from.
        plan.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                session.content() != null && session.content().plans().size() > 1, session.contentProperty()));
        TableColumn<PlanItem, String> page = new TableColumn<>("Page");
        page.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().page() == null ? "" : c.getValue().page().toString()));
        page.setPrefWidth(54);
        TableColumn<PlanItem, String> links = new TableColumn<>("Links");
        links.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(linkCount(c.getValue())));
        links.setPrefWidth(58);
        TableColumn<PlanItem, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text()));
        text.setCellFactory(column -> new WrappingCell(column, model));
        text.prefWidthProperty().bind(table.widthProperty().subtract(number.widthProperty())
                .subtract(page.widthProperty()).subtract(links.widthProperty()).subtract(32)
                .subtract(javafx.beans.binding.Bindings.when(plan.visibleProperty())
                        .then(plan.widthProperty()).otherwise(0)));
        table.getColumns().add(plan);
        table.getColumns().add(number);
        table.getColumns().add(page);
        table.getColumns().add(links);
        table.getColumns().add(text);

        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            selection.planItemProperty().set(now == null ? null : now.id());
            if (now != null) {
                lastSelected = now.id();
            }
        });
        // Search results arrive after typing; keep the chosen paragraph chosen, or, when the
        // person has already moved into the list (Down from the search box), choose the best hit.
        model.items().addListener((javafx.collections.ListChangeListener<PlanItem>) change -> {
            if (!table.getSelectionModel().isEmpty()) {
                return;
            }
            for (int i = 0; i < model.items().size(); i++) {
                if (model.items().get(i).id().equals(lastSelected)) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
            if (table.isFocused() && !model.items().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        table.setRowFactory(view -> {
            TableRow<PlanItem> row = new TableRow<>();
            row.setOnDragDetected(e -> {
                if (row.getItem() != null) {
                    drag.start(row, DragContext.Kind.PLAN_ITEM, row.getItem().id());
                }
            });
            return row;
        });
    }

    /** "NHS Long Term Plan (January 2019) — NHS LTP": title, edition when known, citation label. */
    static String planName(Plan plan) {
        String edition = plan.edition() == null || plan.edition().isBlank() ? "" : " (" + plan.edition() + ")";
        return plan.title() + edition + " — " + plan.label();
    }

    /**
     * The outline's name for a plan: {@link #planName}, and for an edition that a later one replaces,
     * which one: "The NHS Long Term Plan (January 2019, replaced by July 2025) — NHS LTP".
     */
    static String outlineName(Plan plan, WorkspaceContent content) {
        java.util.Optional<Plan> later = content.plans().stream()
                .filter(p -> plan.id().equals(p.replacesPlanId())).findFirst();
        if (later.isEmpty()) {
            return planName(plan);
        }
        String laterEdition = blank(later.get().edition()) ? "" : later.get().edition();
        String by = later.get().title().equals(plan.title())
                ? (laterEdition.isEmpty() ? "a later edition" : laterEdition)
                : later.get().title() + (laterEdition.isEmpty() ? "" : ", " + laterEdition);
        String edition = blank(plan.edition()) ? "" : plan.edition() + ", ";
        return plan.title() + " (" + edition + "replaced by " + by + ") — " + plan.label();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The number column: "2.18", or what an unnumbered item is ("Case study", "Figure"). */
    private static String numberCell(PlanItem item) {
        return item.hasNumber() ? item.number() : item.kind().isStatement() ? "" : item.kind().displayName();
    }

    /**
     * The plan column: the plan's citation label, with its edition when another plan in the
     * workspace has the same label (two editions of one plan).
     */
    private String planCell(PlanItem item) {
        WorkspaceContent content = session.content();
        if (content == null) {
            return "";
        }
        return content.plan(item.planId()).map(plan -> {
            boolean shared = content.plans().stream()
                    .anyMatch(other -> !other.id().equals(plan.id()) && other.label().equals(plan.label()));
            return shared && !blank(plan.edition()) ? plan.label() + ", " + plan.edition() : plan.label();
        }).orElse("");
    }

    private String linkCount(PlanItem item) {
        int count = model.linkCount(item.id());
        return count == 0 ? "" : Integer.toString(count);
    }

    /** Rebuilds the tree only when the outline itself changed (not on every link). */
    private void rebuildOutline(WorkspaceContent content) {
        List<Object> shape = content == null ? List.of()
                : List.of(content.plans(), content.chapters(), content.sections());
        if (Objects.equals(shape, outlineShape)) {
            table.refresh();
            return;
        }
        outlineShape = shape;
        TreeItem<Scope> root = new TreeItem<>();
        if (content != null) {
            for (Plan plan : content.plans()) {
                TreeItem<Scope> planNode = new TreeItem<>(new Scope(Level.PLAN, plan.id()));
                planNode.setExpanded(true);
                for (Chapter chapter : content.chaptersOf(plan.id())) {
                    TreeItem<Scope> chapterNode = new TreeItem<>(new Scope(Level.CHAPTER, chapter.id()));
                    for (Section section : content.sectionsOf(chapter.id())) {
                        chapterNode.getChildren().add(new TreeItem<>(new Scope(Level.SECTION, section.id())));
                    }
                    planNode.getChildren().add(chapterNode);
                }
                root.getChildren().add(planNode);
            }
        }
        outline.setRoot(root);
    }

    private final class OutlineCell extends TreeCell<Scope> {
        @Override
        protected void updateItem(Scope scope, boolean empty) {
            super.updateItem(scope, empty);
            WorkspaceContent content = session.content();
            getStyleClass().remove("replaced-plan");
            if (empty || scope == null || content == null) {
                setText(null);
                Tips.set(this, null);
                return;
            }
            String label = switch (scope.level()) {
                case PLAN -> content.plan(scope.id()).map(plan -> outlineName(plan, content)).orElse("");
                case CHAPTER -> content.chapter(scope.id()).map(Chapter::heading).orElse("");
                case SECTION -> content.section(scope.id()).map(Section::title).orElse("");
            };
            setText(label);
            Tips.set(this, label);
            if (scope.level() == Level.PLAN && content.plans().stream().anyMatch(p -> scope.id().equals(p.replacesPlanId()))) {
                getStyleClass().add("replaced-plan");
            }
        }
    }

    /**
     * A text cell that wraps to the column width, so whole paragraphs can be read, with the words
     * the search matched in bold.
     */
    private static final class WrappingCell extends TableCell<PlanItem, String> {
        private final TextFlow flow = new TextFlow();
        private final PlanBrowserViewModel model;

        WrappingCell(TableColumn<PlanItem, String> column, PlanBrowserViewModel model) {
            this.model = model;
            // Bound to the column, not the cell: the cell's width is still 0 when its height is computed.
            flow.prefWidthProperty().bind(column.widthProperty().subtract(14));
            flow.maxWidthProperty().bind(column.widthProperty().subtract(14));
            flow.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            PlanItem item = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || value == null || item == null) {
                setGraphic(null);
                return;
            }
            flow.getChildren().setAll(Highlights.texts(value, model.matchedWords(item.id()), "wrapping-text"));
            setGraphic(flow);
        }
    }
}
