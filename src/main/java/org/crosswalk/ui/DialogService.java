package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs and file choosers behind an interface, so view models can be tested without windows. */
public interface DialogService {

    void showInformation(String title, String message);

    /** A problem the user can act on: what happened, what was kept, what to do. No stack traces. */
    void showProblem(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    /** The text entered (stripped, possibly empty), or empty when the dialog is cancelled. */
    Optional<String> askText(String title, String question, String initial);

    Optional<Path> chooseWorkspaceToOpen(Path folder);

    Optional<Path> chooseWorkspaceToSave(Path folder, String suggestedName);

    /** A national plan to import: PDF, Word, web page or text, starting in {@code folder}. */
    Optional<Path> choosePlanToImport(Path folder);

    /** A table of priorities to import: Excel, CSV or Word, starting in {@code folder}. */
    Optional<Path> choosePrioritiesToImport(Path folder);

    /** A mapping table to import: Word, Excel or CSV, starting in {@code folder}. */
    Optional<Path> chooseTableToImport(Path folder);

    /** A copy of the workspace from another laptop, to merge into this one. */
    Optional<Path> chooseCopyToMerge(Path folder);

    /** Opens a file or folder with the program the computer uses for it (Word, the file manager). */
    void openExternally(Path path);

    /** Where to write an export: a save dialog for one format, starting in {@code folder}. */
    Optional<Path> chooseExportTarget(Path folder, String suggestedName, String description, String extension);

    /** A choice among options; empty when cancelled. */
    Optional<String> choose(String title, String question, List<String> options);
}
