package org.crosswalk.ui;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crosswalk.plans.reading.PlanImport;
import org.crosswalk.store.backup.Backups;
import org.crosswalk.ui.backups.AutoBackups;
import org.crosswalk.ui.backups.BackupsViewModel;
import org.crosswalk.ui.backups.BackupsWindow;
import org.crosswalk.ui.backups.Ticker;
import org.crosswalk.ui.coverage.CoverageAction;
import org.crosswalk.ui.history.HistoryView;
import org.crosswalk.ui.history.HistoryViewModel;
import org.crosswalk.ui.snapshots.SnapshotsAction;
import org.crosswalk.ui.paper.ExportDialog;
import org.crosswalk.ui.paper.ExportViewModel;
import org.crosswalk.ui.mapping.LinkEditorView;
import org.crosswalk.ui.mapping.LinkEditorViewModel;
import org.crosswalk.ui.mapping.MappingCommands;
import org.crosswalk.ui.mapping.MappingTableView;
import org.crosswalk.ui.mapping.MappingTableViewModel;
import org.crosswalk.ui.mapping.ReviewCountNote;
import org.crosswalk.ui.planbrowser.PlanBrowserView;
import org.crosswalk.ui.planbrowser.PlanBrowserViewModel;
import org.crosswalk.ui.planimport.PlanImportAction;
import org.crosswalk.ui.presentation.PresentationViewModel;
import org.crosswalk.ui.presentation.PresentationWindow;
import org.crosswalk.ui.priorities.PrioritiesView;
import org.crosswalk.ui.progress.ProgressReportDialog;
import org.crosswalk.ui.progress.ProgressReportViewModel;
import org.crosswalk.ui.progress.ProgressViewModel;
import org.crosswalk.ui.progress.ProgressWindow;
import org.crosswalk.ui.priorityimport.PriorityImportAction;
import org.crosswalk.ui.priorityimport.PriorityImportWindow;
import org.crosswalk.ui.priorities.PrioritiesViewModel;
import org.crosswalk.ui.suggestions.DraftLinksAction;
import org.crosswalk.ui.suggestions.Suggesters;
import org.crosswalk.ui.suggestions.SuggestionsView;
import org.crosswalk.ui.suggestions.SuggestionsViewModel;
import org.crosswalk.ui.merge.MergeAction;
import org.crosswalk.ui.merge.MergeWindow;
import org.crosswalk.ui.tableimport.TableImportAction;
import org.crosswalk.ui.tableimport.TableImportWindow;

/**
 * Builds the main window: menus, the three panes (priorities; mapping table and link editor; the
 * national plan and the suggestions as tabs) and the status bar.
 */
public final class MainWindow {
    private final WorkspaceSession session;
    private final FileActions files;
    private final PriorityImportAction priorityImport;
    private final MergeAction mergeAction;
    private final Scene scene;
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper();

    public MainWindow(Stage stage, UiServices services, TaskRunner tasks, javafx.application.HostServices host) {
        DialogService dialogs = new FxDialogService(stage, services.paths().logDir(), host);
        session = new WorkspaceSession(tasks, dialogs);
        files = new FileActions(services, session, dialogs);
        Selection selection = new Selection(session);
        DragContext drag = new DragContext();
        MappingCommands mapping = new MappingCommands(session, selection, dialogs);
        PrioritiesViewModel priorities = new PrioritiesViewModel(session, selection, dialogs);
        Zoom zoom = new Zoom(services.preferences());
        HighContrast contrast = new HighContrast(services.preferences());

        PrioritiesView prioritiesView = new PrioritiesView(priorities, session, mapping, drag);
        MappingTableView table = new MappingTableView(new MappingTableViewModel(session, selection), mapping, drag);
        LinkEditorView editor = new LinkEditorView(new LinkEditorViewModel(session, selection, mapping), mapping);
        Suggesters suggesters = new Suggesters();
        PlanBrowserView planView = new PlanBrowserView(new PlanBrowserViewModel(session), session, selection, drag,
                mapping.link());

        Label tableHeading = new Label("Mapping table");
        tableHeading.getStyleClass().add("pane-heading");
        tableHeading.setLabelFor(table);
        HBox headingRow = new HBox(12, tableHeading, new ReviewCountNote(mapping.reviews()));
        headingRow.setAlignment(Pos.CENTER_LEFT);
        VBox centre = new VBox(6, headingRow, table, editor);
        centre.setPadding(new Insets(8));
        centre.getStyleClass().add("pane-column");
        VBox.setVgrow(table, Priority.ALWAYS);

        SuggestionsViewModel suggestions = new SuggestionsViewModel(session, selection, suggesters);
        // The plan browser (a tree and a table of wrapped paragraphs) is styled and laid out after the
        // first frame: the window appears sooner, and the plan fills its tab one frame later.
        Tab planTab = tab("National plan", null);
        planTab.setId("planTab");
        Tab suggestionsTab = tab("Suggestions", null);
        suggestionsTab.setId("suggestionsTab");
        Supplier<SuggestionsView> suggestionsView = builtWhenShown(suggestionsTab,
                () -> new SuggestionsView(suggestions));
        HistoryViewModel history = new HistoryViewModel(session, selection, java.time.Clock.systemUTC(),
                java.time.ZoneId.systemDefault());
        Tab historyTab = tab("History", null);
        historyTab.setId("historyTab");
        Supplier<HistoryView> historyView = builtWhenShown(historyTab, () -> new HistoryView(history));
        history.activeProperty().bind(historyTab.selectedProperty());
        TabPane side = new TabPane(planTab, suggestionsTab, historyTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getStyleClass().add("side-tabs");
        suggestions.activeProperty().bind(suggestionsTab.selectedProperty());

        SplitPane panes = new SplitPane(prioritiesView, centre, side);
        panes.setDividerPositions(0.27, 0.66);
        StackPane body = new StackPane(panes);
        EmptyWorkspacePage.addWhenNeeded(body, stage, session, files);
        panes.visibleProperty().bind(session.contentProperty().isNotNull());

        String css = MainWindow.class.getResource("/css/crosswalk.css").toExternalForm();
        Command export = new Command(session.contentProperty().isNotNull(), () -> new ExportDialog(stage,
                new ExportViewModel(session, services.exports()), dialogs, css).show());
        PlanImportAction planImport = new PlanImportAction(stage, session, dialogs, PlanImport::read, css,
                services.paths().logDir());
        Command importPlan = new Command(session.editableProperty(), planImport::chooseAndReview);
        priorityImport = new PriorityImportAction(session, dialogs,
                setup -> new PriorityImportWindow(stage, session, setup, css).show());
        Command importPriorities = new Command(session.editableProperty(), priorityImport::chooseAndRead);
        Command showSuggestions = new Command(session.contentProperty().isNotNull(), () -> {
            side.getSelectionModel().select(suggestionsTab);
            suggestionsView.get().focusList();
        });
        DraftLinksAction drafts = new DraftLinksAction(stage, session, suggesters, css);
        Command draftLinks = new Command(session.editableProperty(), drafts::open);
        // Enabled read-only too: the window then says why it cannot import.
        TableImportAction tableImport = new TableImportAction(session, dialogs,
                model -> new TableImportWindow(stage, model, css).show());
        Command importTable = new Command(session.contentProperty().isNotNull(), tableImport::chooseAndRead);
        Backups backups = services.backups();
        AutoBackups autoBackups = new AutoBackups(session, backups, services.preferences()::backupIntervalMinutes,
                Ticker.timeline());
        Command restoreBackup = new Command(session.workspaceProperty().isNotNull(), () -> {
            BackupsViewModel model = new BackupsViewModel(session, backups, dialogs, files::open,
                    java.time.ZoneId.systemDefault());
            new BackupsWindow(stage, model, css).show();
            model.load();
        });
        OneWindow presentation = new OneWindow(() -> new PresentationWindow(stage,
                new PresentationViewModel(session, selection), session,
                new SuggestionsViewModel(session, selection, suggesters), services.preferences(), css, true));
        Command present = new Command(session.contentProperty().isNotNull(), presentation::open);
        mergeAction = new MergeAction(session, dialogs, services.merges(), backups,
                model -> new MergeWindow(stage, model, model.otherName(), css).show());
        Command mergeCopy = new Command(session.editableProperty(), mergeAction::chooseAndRead);
        Command exportProgress = new Command(session.contentProperty().isNotNull(), () -> new ProgressReportDialog(
                stage, new ProgressReportViewModel(session, services.exports(), java.time.Clock.systemDefaultZone()),
                dialogs, css).show());
        OneWindow progress = new OneWindow(() -> new ProgressWindow(stage,
                new ProgressViewModel(session, selection, java.time.Clock.systemDefaultZone()), css,
                exportProgress));
        Command showProgress = new Command(session.contentProperty().isNotNull(), progress::open);
        CoverageAction coverage = new CoverageAction(stage, session, css);
        Command showCoverage = new Command(session.contentProperty().isNotNull(), coverage::open);
        Command showHistory = new Command(session.contentProperty().isNotNull(), () -> {
            side.getSelectionModel().select(historyTab);
            historyView.get().focusFilter();
        });
        SnapshotsAction snapshots = new SnapshotsAction(stage, session, services.exports(), dialogs, css);
        Command takeSnapshot = new Command(session.editableProperty(), snapshots::take);
        Command listSnapshots = new Command(session.contentProperty().isNotNull(), snapshots::openList);
        MainMenu.Parts parts = new MainMenu.Parts(services, session, files, priorities, mapping, zoom, contrast,
                stage::close,
                () -> dialogs.showInformation("About Crosswalk", about(services)), export, importPlan,
                importPriorities, showSuggestions, draftLinks, importTable, showCoverage, restoreBackup, present,
                mergeCopy, showProgress, exportProgress, showHistory, takeSnapshot, listSnapshots);
        BorderPane root = new BorderPane(body);
        root.setTop(MainMenu.build(parts));
        root.setBottom(statusBar(autoBackups));
        root.styleProperty().bind(Bindings.createStringBinding(zoom::rootStyle, zoom.percentProperty()));
        root.getStyleClass().add("crosswalk");

        scene = new Scene(root, 1400, 860);
        scene.getStylesheets().add(css);
        // Ctrl+Y is the other usual redo key; a menu item has room for one accelerator.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), session::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            side.getSelectionModel().select(planTab);
            planView.focusFilter();
        });

        stage.titleProperty().bind(Bindings.createStringBinding(() -> session.path()
                .map(p -> p.getFileName() + (session.editableProperty().get() ? "" : " (read-only)") + " — Crosswalk")
                .orElse("Crosswalk"), session.workspaceProperty(), session.editableProperty()));
        stage.setScene(scene);
        contrast.follow(stage);
        fillAfterFirstFrame(stage, () -> planTab.setContent(planView));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> {
            stage.titleProperty().unbind();
            session.close();
            services.preferences().flush();
        });
    }

    public Scene scene() {
        return scene;
    }

    /** True once the panes built after the first frame (the plan browser) are in the window. */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    public WorkspaceSession session() {
        return session;
    }

    /** File > Merge Another Copy…, for reading a chosen copy directly. */
    public MergeAction mergeAction() {
        return mergeAction;
    }

    public FileActions files() {
        return files;
    }

    /** File > Import Priorities; tests and demos hand it a file rather than use the file chooser. */
    public PriorityImportAction priorityImport() {
        return priorityImport;
    }

    /** Version, where the user's things are, and the attribution of the plans in this workspace. */
    private String about(UiServices services) {
        StringBuilder text = new StringBuilder("Crosswalk " + services.version()
                + ": a local board's priorities mapped to the paragraphs of national plans.\n\n"
                + "Your workspaces: " + services.paths().documentsDir() + "\n"
                + "Preferences and log files: " + services.paths().dataDir() + "\n"
                + "Automatic backups: " + services.paths().backupDir() + "\n"
                + "Changes are recorded as made by: " + services.preferences().authorName());
        if (session.content() != null) {
            session.content().plans().forEach(plan -> text.append("\n\n").append(plan.title()).append(" (")
                    .append(plan.edition()).append("): ").append(plan.attribution() == null ? "" : plan.attribution()));
        }
        return text.toString();
    }

    /**
     * The tab's content, made when the tab is first shown or asked for: the window opens sooner
     * without a hidden tab's controls.
     */
    @SuppressWarnings("unchecked")
    private static <N extends javafx.scene.Node> Supplier<N> builtWhenShown(Tab tab, Supplier<N> make) {
        Supplier<N> content = () -> {
            if (tab.getContent() == null) {
                tab.setContent(make.get());
            }
            return (N) tab.getContent();
        };
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                content.get();
            }
        });
        return content;
    }

    /**
     * Runs {@code fill} once the window has drawn its first frame (the stage's first showing, or now
     * if it is already showing), then counts the window as settled. The handler removes itself: a
     * stage can outlive this window (tests reuse one), and must not keep it.
     */
    private void fillAfterFirstFrame(Stage stage, Runnable fill) {
        Runnable fillThenSettle = () -> FirstFrame.afterNextFrame(() -> {
            // Not while the first frame is still being painted: on two cores that would slow it down.
            FirstFrame.awaitDrawn();
            fill.run();
            settled.set(true);
        });
        if (stage.isShowing()) {
            fillThenSettle.run();
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                fillThenSettle.run();
            }
        });
    }

    /** A tab of the right-hand column: the plan browser, the suggestions and the history. */
    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /** Shown while automatic backups fail; the whole explanation is in its tooltip and the status line. */
    private static Label backupWarning(AutoBackups backups) {
        Label warning = new Label("Backups not written");
        warning.setId("backupWarning");
        warning.getStyleClass().add("backup-warning");
        warning.setStyle("-fx-text-fill: #a4262c; -fx-font-weight: bold;");
        // The tooltip (a popup window) is made on first hover, not while the window opens.
        warning.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (warning.getTooltip() == null) {
                javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
                tip.textProperty().bind(backups.problemProperty());
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                warning.setTooltip(tip);
            }
        });
        warning.accessibleTextProperty().bind(backups.problemProperty());
        warning.managedProperty().bind(backups.problemProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());
        warning.setMinWidth(Label.USE_PREF_SIZE);
        return warning;
    }

    private HBox statusBar(AutoBackups backups) {
        Label status = new Label();
        status.setId("statusMessage");
        status.textProperty().bind(session.statusProperty());
        status.setAccessibleText("Status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label mode = new Label();
        mode.textProperty().bind(Bindings.createStringBinding(() -> session.workspaceProperty().get() == null ? ""
                : session.editableProperty().get() ? "Every change is saved at once" : "Read-only",
                session.workspaceProperty(), session.editableProperty()));
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> session.path().map(Object::toString).orElse(""),
                session.workspaceProperty()));
        status.setMinWidth(120);
        mode.setMinWidth(Label.USE_PREF_SIZE);
        file.setMaxWidth(520);
        file.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        HBox bar = new HBox(16, status, spacer, backupWarning(backups), mode, file);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }
}
