package org.crosswalk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts and the OS file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    /** Where a dialog's message wraps, in pixels. */
    private static final double TEXT_WIDTH = 520;
    private static final FileChooser.ExtensionFilter WORKSPACES =
            new FileChooser.ExtensionFilter("Crosswalk workspaces (*.crosswalk)", "*.crosswalk");

    private final Window owner;
    private final Path logDir;
    private final javafx.application.HostServices host;

    /**
     * {@code logDir} is named in problem dialogs, so support can be sent the details;
     * {@code host} opens exported files (null where there is no desktop, as in tests).
     */
    public FxDialogService(Window owner, Path logDir, javafx.application.HostServices host) {
        this.owner = owner;
        this.logDir = logDir;
        this.host = host;
    }

    @Override
    public void openExternally(Path path) {
        if (host == null) {
            showInformation("Saved", path.toString());
            return;
        }
        host.showDocument(path.toUri().toString());
    }

    @Override
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName, String description,
                                             String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the board paper");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (*" + extension + ")",
                "*" + extension));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(path -> {
            String name = path.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? path
                    : path.resolveSibling(name + extension);
        });
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void showProblem(String title, String message) {
        show(Alert.AlertType.WARNING, title, message + "\n\nCrosswalk's log files are in " + logDir + ".");
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(wrapped(message));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, no);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(wrapped(message));
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        prepare(dialog, title);
        dialog.setHeaderText(question);
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getEditor().setAccessibleText(question);
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public Optional<String> choose(String title, String question, List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(options.get(0), options);
        prepare(dialog, title);
        dialog.setHeaderText(question);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path folder) {
        FileChooser chooser = chooser("Open workspace", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCopyToMerge(Path folder) {
        FileChooser chooser = chooser("Merge another copy of this workspace", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkspaceToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save workspace as", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    @Override
    public Optional<Path> choosePlanToImport(Path folder) {
        return chooseToOpen("Import a national plan", folder,
                new FileChooser.ExtensionFilter("Plan documents (PDF, Word, web page, text)", "*.pdf", "*.PDF",
                        "*.docx", "*.DOCX", "*.html", "*.htm", "*.HTML", "*.HTM", "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter("Word (*.docx)", "*.docx", "*.DOCX"),
                new FileChooser.ExtensionFilter("Web page (*.html, *.htm)", "*.html", "*.htm", "*.HTML", "*.HTM"),
                new FileChooser.ExtensionFilter("Text (*.txt)", "*.txt", "*.TXT"));
    }

    @Override
    public Optional<Path> choosePrioritiesToImport(Path folder) {
        return chooseToOpen("Import priorities", folder,
                new FileChooser.ExtensionFilter("Tables of priorities (Excel, CSV, Word)", "*.xlsx", "*.XLSX",
                        "*.xlsm", "*.csv", "*.CSV", "*.txt", "*.docx", "*.DOCX"),
                new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx", "*.XLSX", "*.xlsm"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv", "*.CSV", "*.txt"),
                new FileChooser.ExtensionFilter("Word (*.docx)", "*.docx", "*.DOCX"));
    }

    /** An open dialog for a file to import: {@code filters}, then "All files", starting in {@code folder}. */
    private Optional<Path> chooseToOpen(String title, Path folder, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTableToImport(Path folder) {
        return chooseToOpen("Import a mapping table", folder,
                new FileChooser.ExtensionFilter("Tables (Word, Excel, CSV)", "*.docx", "*.DOCX", "*.xlsx", "*.XLSX",
                        "*.csv", "*.CSV"));
    }

    private static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".crosswalk") ? path
                : path.resolveSibling(name + ".crosswalk");
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(WORKSPACES);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
    }

    /**
     * The message as a label that wraps at {@link #TEXT_WIDTH}: a dialog is as wide as its content
     * asks, and a wrapping label asks for its longest line, so a long message (a long file name, say)
     * made a dialog wider than the screen. A short message keeps its own width.
     */
    private static Label wrapped(String message) {
        Label label = new Label(message);
        label.setWrapText(true);
        double longestLine = new javafx.scene.text.Text(message).getLayoutBounds().getWidth();
        label.setPrefWidth(Math.min(TEXT_WIDTH, Math.ceil(longestLine) + 2));
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
