package org.crosswalk.ui.presentation;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosswalk.settings.Preferences;
import org.crosswalk.ui.OneWindow;
import org.crosswalk.ui.WorkspaceSession;
import org.crosswalk.ui.Zoom;
import org.crosswalk.ui.suggestions.SuggestionsViewModel;

/**
 * Presentation mode: a full-screen window for a workshop room — one priority at a time in large
 * type, its plan paragraphs and the best suggestions, moved through with the arrow keys or a
 * presenter's clicker (Page Up / Page Down), with notes and priorities added from the keyboard.
 */
public final class PresentationWindow implements OneWindow.Shown {
    private final Stage stage = new Stage();
    private final PresentationViewModel model;
    private final WorkspaceSession session;
    private final SuggestionsViewModel suggestions;
    private final Zoom zoom;
    private final Preferences preferences;
    private final SlideView slideView = new SlideView();
    private final QuickEntry entry = new QuickEntry();
    private final ToggleButton contrast = new ToggleButton("High contrast");
    private final SuggestionsColumn suggestionsColumn;
    private final boolean fullScreen;
    private boolean swallowTyped;

    /**
     * @param fullScreen false opens a 1280×720 window instead (a projector's size; used by tests)
     */
    public PresentationWindow(Window owner, PresentationViewModel model, WorkspaceSession session,
                              SuggestionsViewModel suggestions, Preferences preferences, String css,
                              boolean fullScreen) {
        this.model = model;
        this.session = session;
        this.suggestions = suggestions;
        this.preferences = preferences;
        this.zoom = Zoom.forPresentation(preferences);
        this.suggestionsColumn = new SuggestionsColumn(suggestions);
        this.fullScreen = fullScreen;
        stage.initOwner(owner);
        stage.setTitle("Presentation — Crosswalk");

        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("crosswalk", "presentation");
        root.styleProperty().bind(Bindings.createStringBinding(zoom::rootStyle, zoom.percentProperty()));
        root.setTop(topBar());
        BorderPane.setMargin(slideView, new Insets(0, 12, 0, 0));
        root.setCenter(slideView);
        suggestionsColumn.prefWidthProperty().bind(root.widthProperty().multiply(0.32));
        suggestionsColumn.setMinWidth(0);
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(suggestionsColumn);
        side.setFitToWidth(true);
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("slide-scroll");
        side.prefWidthProperty().bind(root.widthProperty().multiply(0.34));
        side.setFocusTraversable(false);
        root.setRight(side);
        root.setBottom(entry);

        contrast.setSelected(preferences.presentationHighContrast());
        applyContrast(root, contrast.isSelected());
        contrast.selectedProperty().addListener((o, was, on) -> {
            applyContrast(root, on);
            preferences.setPresentationHighContrast(on);
        });

        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().addAll(css, PresentationWindow.class.getResource("/css/presentation.css")
                .toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // N and P open the entry field, which would otherwise receive the letter itself.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        stage.setScene(scene);
        if (fullScreen) {
            stage.setFullScreenExitHint("");
            // Escape is ours: it first puts away a half-typed note, then leaves.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        }
        slideView.show(model.slide());
        model.slideProperty().addListener((o, old, now) -> slideView.show(now));
        suggestions.activeProperty().bind(stage.showingProperty());
        stage.setOnHidden(e -> preferences.flush());
    }

    @Override
    public void show() {
        if (fullScreen) {
            stage.setFullScreen(true);
        }
        stage.show();
        stage.toFront();
        stage.getScene().getRoot().requestFocus();
    }

    @Override
    public Stage stage() {
        return stage;
    }

    private HBox topBar() {
        Label theme = new Label();
        theme.setId("slideTheme");
        theme.getStyleClass().add("slide-theme");
        theme.textProperty().bind(Bindings.createStringBinding(() -> model.slide().theme(), model.slideProperty()));
        theme.setMinWidth(0);
        Label position = new Label();
        position.setId("slidePosition");
        position.getStyleClass().add("slide-position");
        position.textProperty().bind(Bindings.createStringBinding(() -> model.slide().position(),
                model.slideProperty()));
        position.setMinWidth(Label.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button previous = button("◀ Previous", model::previous);
        Button next = button("Next ▶", model::next);
        Button smaller = button("A−", zoom::out);
        smaller.setAccessibleText("Smaller text");
        Button larger = button("A+", zoom::in);
        larger.setAccessibleText("Larger text");
        Label size = new Label();
        size.textProperty().bind(zoom.percentProperty().asString("%d %%"));
        size.setMinWidth(Label.USE_PREF_SIZE);
        contrast.setFocusTraversable(false);
        contrast.setMinWidth(ToggleButton.USE_PREF_SIZE);
        Button leave = button("Leave (Esc)", stage::close);
        HBox bar = new HBox(10, theme, spacer, position, previous, next, smaller, size, larger, contrast, leave);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("presentation-bar");
        return bar;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        // The keys belong to the slides: a focused button would swallow Space.
        button.setFocusTraversable(false);
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    private static void applyContrast(BorderPane root, boolean on) {
        if (on) {
            if (!root.getStyleClass().contains("high-contrast")) {
                root.getStyleClass().add("high-contrast");
            }
        } else {
            root.getStyleClass().remove("high-contrast");
        }
    }

    private void onKey(KeyEvent e) {
        if (entry.isOpen()) {
            return;
        }
        if (e.isShortcutDown()) {
            onShortcut(e);
            return;
        }
        if (e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE -> model.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case N -> openNote();
            case P -> openPriority();
            case H -> contrast.setSelected(!contrast.isSelected());
            case ESCAPE -> stage.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void onShortcut(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.Z && e.isShiftDown() || code == KeyCode.Y) {
            session.redo();
        } else if (code == KeyCode.Z) {
            session.undo();
        } else if (code == KeyCode.EQUALS || code == KeyCode.PLUS || code == KeyCode.ADD) {
            zoom.in();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoom.out();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            zoom.reset();
        } else if (code.isDigitKey()) {
            suggestionsColumn.accept(code.getCode() - (code.isKeypadKey() ? KeyCode.NUMPAD0.getCode()
                    : KeyCode.DIGIT0.getCode()));
        } else {
            return;
        }
        e.consume();
    }

    private void openNote() {
        if (model.slide().isEmpty() || !model.editableProperty().get()) {
            return;
        }
        swallowTyped = true;
        entry.open("Note for this priority:", "Type the note and press Enter", model::addNote);
    }

    private void openPriority() {
        if (!model.editableProperty().get()) {
            return;
        }
        model.themeNameForNewPriority().ifPresent(theme -> {
            swallowTyped = true;
            entry.open("New priority in “" + theme + "”:",
                "Type its wording and press Enter", model::addPriority);
        });
    }
}
