package org.crosswalk.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.crosswalk.ui.mapping.MappingCommands;
import org.crosswalk.ui.priorities.PrioritiesViewModel;

/** The menu bar. Items take their enabled state from the commands they run. */
final class MainMenu {
    /** Ctrl+Shift+I is Add Sub-item (Edit menu), which is used far more often than importing a plan. */
    static final String IMPORT_PLAN_KEY = "Shortcut+I";
    /**
     * Ctrl+I (plan) and Ctrl+Shift+I (Add Sub-item) are taken; O for "outside": bringing a table
     * in from outside, next to Ctrl+O which opens a workspace.
     */
    static final String IMPORT_PRIORITIES_KEY = "Shortcut+Shift+O";
    /** Shows the Suggestions tab with the keyboard in its list. */
    static final String SUGGESTIONS_KEY = "Shortcut+Shift+G";
    /** Shows the History tab with the keyboard in its search box (H for history; Ctrl+H alone hides on a Mac). */
    static final String HISTORY_KEY = "Shortcut+Shift+H";

    private MainMenu() {
    }

    record Parts(UiServices services, WorkspaceSession session, FileActions files, PrioritiesViewModel priorities,
                 MappingCommands mapping, Zoom zoom, HighContrast contrast, Runnable exit, Runnable about, Command export,
                 Command importPlan, Command importPriorities, Command showSuggestions, Command draftLinks,
                 Command importTable, Command showCoverage, Command restoreBackup,
                 Command present, Command mergeCopy, Command showProgress, Command exportProgress,
                 Command showHistory,
                 Command takeSnapshot, Command listSnapshots) {
    }

    static MenuBar build(Parts parts) {
        MenuBar bar = new MenuBar(fileMenu(parts), editMenu(parts), viewMenu(parts), helpMenu(parts));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu fileMenu(Parts parts) {
        WorkspaceSession session = parts.session();
        FileActions files = parts.files();
        Menu recent = new Menu("Open _Recent");
        recent.setOnShowing(e -> fillRecent(recent, parts));
        recent.getItems().add(new MenuItem("(none)"));
        Menu addPlan = new Menu("_Add National Plan");
        for (String key : parts.services().catalogue().keys()) {
            MenuItem item = new MenuItem(parts.services().catalogue().describe(key).orElse(key));
            item.disableProperty().bind(session.editableProperty().not());
            item.setOnAction(e -> files.addBuiltInPlan(key));
            addPlan.getItems().add(item);
        }
        MenuItem saveCopy = files.saveCopy().bind(new MenuItem("Save a _Copy As…"));
        saveCopy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        return new Menu("_File", null,
                item("_New Workspace…", "Shortcut+N", files::newWorkspace),
                item("_Open…", "Shortcut+O", files::openWithChooser),
                recent,
                item("Open the _Sample", null, files::openSample),
                new SeparatorMenuItem(),
                saveCopy,
                command("Restore from _Backup…", null, parts.restoreBackup()),
                command("Mer_ge Another Copy…", null, parts.mergeCopy()),
                command("_Take Snapshot…", null, parts.takeSnapshot()),
                command("Snaps_hots…", null, parts.listSnapshots()),
                command("_Export Board Paper…", "Shortcut+E", parts.export()),
                command("Export Progress Re_port…", null, parts.exportProgress()),
                addPlan,
                command("_Import National Plan…", IMPORT_PLAN_KEY, parts.importPlan()),
                command("Import _Priorities…", IMPORT_PRIORITIES_KEY, parts.importPriorities()),
                command("Import _Mapping Table…", null, parts.importTable()),
                new SeparatorMenuItem(),
                item("Your _Name…", null, files::editAuthorName),
                new SeparatorMenuItem(),
                item("E_xit", "Shortcut+Q", parts.exit()));
    }

    private static void fillRecent(Menu recent, Parts parts) {
        recent.getItems().clear();
        for (Path path : parts.services().preferences().recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> parts.files().open(path));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static Menu editMenu(Parts parts) {
        WorkspaceSession session = parts.session();
        MenuItem undo = new MenuItem();
        undo.setId("undoMenuItem");
        undo.textProperty().bind(Bindings.createStringBinding(() -> session.undoDescriptionProperty().get().isEmpty()
                ? "_Undo" : "_Undo " + session.undoDescriptionProperty().get(), session.undoDescriptionProperty()));
        undo.disableProperty().bind(session.undoDescriptionProperty().isEmpty().or(session.editableProperty().not()));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> session.undo());
        undo.setMnemonicParsing(true);
        MenuItem redo = new MenuItem();
        redo.setId("redoMenuItem");
        redo.textProperty().bind(Bindings.createStringBinding(() -> session.redoDescriptionProperty().get().isEmpty()
                ? "_Redo" : "_Redo " + session.redoDescriptionProperty().get(), session.redoDescriptionProperty()));
        redo.disableProperty().bind(session.redoDescriptionProperty().isEmpty().or(session.editableProperty().not()));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> session.redo());

        PrioritiesViewModel priorities = parts.priorities();
        MappingCommands mapping = parts.mapping();
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                command("_Link Selected Paragraph to Priority", "Shortcut+L", mapping.link()),
                command("_Unlink", "Shortcut+Shift+L", mapping.unlink()),
                command("Next Link to Re_view", "F8", mapping.reviews().next()),
                command("Dr_aft Links for All Priorities…", null, parts.draftLinks()),
                command("Mark Priority as _Not Mentioned…", "Shortcut+M", mapping.markNoMention()),
                command("Remove “Not Mentioned”", null, mapping.clearNoMention()),
                new SeparatorMenuItem(),
                command("Add _Theme…", "Shortcut+Shift+T", priorities.addTheme()),
                command("Add _Priority…", "Shortcut+Shift+P", priorities.addPriority()),
                command("Add _Sub-item…", "Shortcut+Shift+I", priorities.addSubItem()),
                command("_Rename…", null, priorities.rename()),
                command("Move _Up", null, priorities.moveUp()),
                command("Move _Down", null, priorities.moveDown()),
                command("_Delete…", null, priorities.delete()),
                command("Priority N_ote…", null, priorities.editNote()),
                new SeparatorMenuItem(),
                command("_Board Name and Title…", null, priorities.editBoard()));
    }

    private static Menu viewMenu(Parts parts) {
        Zoom zoom = parts.zoom();
        return new Menu("_View", null,
                command("Suggested _Paragraphs", SUGGESTIONS_KEY, parts.showSuggestions()),
                command("_Coverage…", "Shortcut+Shift+C", parts.showCoverage()),
                command("Pro_gress…", "Shortcut+Shift+R", parts.showProgress()),
                command("P_resentation Mode", "F5", parts.present()),
                command("_History", HISTORY_KEY, parts.showHistory()),
                new SeparatorMenuItem(),
                item("Zoom _In", "Shortcut+EQUALS", zoom::in),
                item("Zoom _Out", "Shortcut+MINUS", zoom::out),
                item("_Actual Size", "Shortcut+DIGIT0", zoom::reset),
                highContrast(parts.contrast()));
    }

    private static CheckMenuItem highContrast(HighContrast contrast) {
        CheckMenuItem item = new CheckMenuItem("High _Contrast");
        item.setId("highContrastMenuItem");
        item.selectedProperty().bindBidirectional(contrast.onProperty());
        return item;
    }

    private static Menu helpMenu(Parts parts) {
        return new Menu("_Help", null, item("_About Crosswalk", null, parts.about()));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem command(String text, String accelerator, Command command) {
        MenuItem item = command.bind(new MenuItem(text));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }
}
