package org.crosswalk.ui.suggestions;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.converter.DoubleStringConverter;
import org.crosswalk.ui.OwnedScenes;
import org.crosswalk.ui.WorkspaceSession;
import org.crosswalk.ui.suggestions.DraftLinksViewModel.Phase;

/**
 * Edit > Draft Links for All Priorities: progress and Cancel while drafting, then the drafts under
 * their priorities with check boxes, "Check all scoring at least", and Accept checked / Dismiss
 * checked. Not modal, so the mapping table can be watched filling; Ctrl+Z works here too.
 */
public final class DraftLinksWindow {
    private final DraftLinksViewModel model;
    private final Stage stage = new Stage();

    public DraftLinksWindow(Window owner, WorkspaceSession session, DraftLinksViewModel model, String stylesheet) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Draft links for all priorities");

        DraftList list = new DraftList(model);
        list.setPlaceholder(placeholder("Every draft is decided. Close this window, or undo (Ctrl+Z) to bring "
                + "the last decision back."));
        list.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.READY));
        StackPane centre = new StackPane(list, progressPane(), outcomePane());
        centre.setPadding(new Insets(0, 12, 0, 12));

        BorderPane root = new BorderPane(centre, top(), null, bottom(), null);
        // As tall as a small laptop screen leaves room for, up to 680.
        double height = Math.min(680, Screen.getPrimary().getVisualBounds().getHeight() - 60);
        Scene scene = OwnedScenes.of(owner, root, 980, height, stylesheet);
        undoKeys(scene, session);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        // Drafts belong to the workspace they were made for.
        javafx.beans.value.ChangeListener<Object> otherWorkspace = (o, old, now) -> stage.close();
        session.workspaceProperty().addListener(otherWorkspace);
        stage.setOnHidden(e -> {
            model.stop();
            session.workspaceProperty().removeListener(otherWorkspace);
        });
        model.phaseProperty().addListener((o, old, now) -> {
            if (now == Phase.STOPPED) {
                stage.close();
            } else if (now == Phase.READY) {
                Platform.runLater(list::requestFocus);
            }
        });
    }

    public void show() {
        stage.show();
        model.start();
    }

    public Stage stage() {
        return stage;
    }

    private VBox top() {
        Label title = new Label("Draft links for priorities without links");
        title.getStyleClass().add("pane-heading");
        Label explanation = new Label("Up to " + DraftLinksViewModel.PER_PRIORITY + " paragraphs for each "
                + "priority with no links that is not marked as not mentioned in the plan. Check the ones that "
                + "belong, then Accept checked, or Dismiss checked so they are not proposed again. Each press is "
                + "one change that Ctrl+Z undoes.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("draftStatus");
        status.getStyleClass().add("suggestion-muted");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.READY));
        status.managedProperty().bind(status.visibleProperty());
        VBox top = new VBox(6, title, explanation, status, checkTools());
        top.setPadding(new Insets(12, 12, 8, 12));
        return top;
    }

    private HBox checkTools() {
        Spinner<Double> minimum = new Spinner<>();
        minimum.setId("minimumScore");
        SpinnerValueFactory.DoubleSpinnerValueFactory values =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, MatchStrength.STRONG_FROM, 1);
        values.setConverter(new OneDecimal(values));
        minimum.setValueFactory(values);
        minimum.setEditable(true);
        minimum.setPrefWidth(90);
        minimum.getValueFactory().valueProperty().bindBidirectional(model.minimumScoreProperty());
        minimum.setAccessibleText("Lowest score to check");
        Button check = model.checkAtLeast().bind(new Button("C_heck all scoring at least"));
        check.setId("checkAtLeast");
        // A number typed but not yet confirmed with Enter counts too.
        check.setOnAction(e -> {
            minimum.commitValue();
            model.checkAtLeast().execute();
        });
        check.setTooltip(new Tooltip("Checks every draft scoring at least this much, and unchecks the others"));
        Label legend = new Label("(strong from " + MatchStrength.number(MatchStrength.STRONG_FROM) + ", good from "
                + MatchStrength.number(MatchStrength.GOOD_FROM) + ")");
        legend.getStyleClass().add("suggestion-muted");
        legend.setMinWidth(0);
        Button uncheck = model.uncheckAll().bind(new Button("_Uncheck all"));
        Label checked = new Label();
        checked.setId("checkedCount");
        checked.setMinWidth(Label.USE_PREF_SIZE);
        checked.textProperty().bind(Bindings.createStringBinding(() -> model.checkedCountProperty().get() + " of "
                + model.shownCountProperty().get() + " checked", model.checkedCountProperty(),
                model.shownCountProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button button : java.util.List.of(check, uncheck)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        HBox tools = new HBox(8, check, minimum, legend, uncheck, gap, checked);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.READY));
        return tools;
    }

    private VBox progressPane() {
        ProgressBar bar = new ProgressBar();
        bar.setId("draftProgress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(360);
        Label doing = new Label();
        doing.textProperty().bind(model.statusProperty());
        Button stop = new Button("Cancel");
        stop.setId("cancelDrafting");
        stop.setAccessibleHelp("Stops drafting and closes this window; nothing is changed");
        stop.setOnAction(e -> model.stop());
        VBox pane = new VBox(10, doing, bar, stop);
        pane.setAlignment(Pos.CENTER);
        pane.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.DRAFTING));
        return pane;
    }

    /** Why there is nothing to draft, or what went wrong. */
    private Label outcomePane() {
        Label outcome = placeholder("");
        outcome.setId("draftOutcome");
        outcome.textProperty().bind(model.statusProperty());
        outcome.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.NOTHING_TO_DRAFT)
                .or(model.phaseProperty().isEqualTo(Phase.FAILED)));
        return outcome;
    }

    private HBox bottom() {
        Label message = new Label();
        message.setId("draftMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button accept = model.acceptChecked().bind(new Button("_Accept checked"));
        accept.setId("acceptChecked");
        accept.getStyleClass().add("accept-button");
        Button dismiss = model.dismissChecked().bind(new Button("_Dismiss checked"));
        dismiss.setId("dismissChecked");
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        for (Button button : java.util.List.of(accept, dismiss, close)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, message, accept, dismiss, close);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("dialog-buttons");
        return bar;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("suggestion-placeholder");
        label.setWrapText(true);
        label.setMaxWidth(520);
        return label;
    }

    /** The main window's undo and redo keys, here too: the person has just pressed Accept here. */
    private static void undoKeys(Scene scene, WorkspaceSession session) {
        Runnable undo = () -> {
            if (session.editableProperty().get() && !session.undoDescriptionProperty().get().isEmpty()) {
                session.undo();
            }
        };
        Runnable redo = () -> {
            if (session.editableProperty().get() && !session.redoDescriptionProperty().get().isEmpty()) {
                session.redo();
            }
        };
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), redo);
    }

    /** Scores with one decimal; what cannot be read as a number leaves the value as it was. */
    private static final class OneDecimal extends DoubleStringConverter {
        private final SpinnerValueFactory<Double> values;

        OneDecimal(SpinnerValueFactory<Double> values) {
            this.values = values;
        }

        @Override
        public String toString(Double value) {
            return value == null ? "" : MatchStrength.number(value);
        }

        @Override
        public Double fromString(String text) {
            try {
                return Double.valueOf(text.strip().replace(',', '.'));
            } catch (RuntimeException e) {
                return values.getValue();
            }
        }
    }
}
