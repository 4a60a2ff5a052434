package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService that answers from a script and records what it was shown. */
final class ScriptedDialogs implements DialogService {
    final Deque<String> textAnswers = new ArrayDeque<>();
    final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    final Deque<Path> fileAnswers = new ArrayDeque<>();
    final List<String> shown = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    final List<String> initialTexts = new ArrayList<>();

    @Override
    public void showInformation(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showProblem(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(message);
        return !confirmAnswers.isEmpty() && confirmAnswers.pop();
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        questions.add(question);
        initialTexts.add(initial);
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path folder) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> chooseWorkspaceToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> choosePlanToImport(Path folder) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> choosePrioritiesToImport(Path folder) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> chooseCopyToMerge(Path folder) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> chooseTableToImport(Path folder) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    final List<Path> opened = new ArrayList<>();

    @Override
    public void openExternally(Path path) {
        opened.add(path);
    }

    @Override
    public Optional<Path> chooseExportTarget(Path folder, String suggestedName, String description,
                                             String extension) {
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<String> choose(String title, String question, List<String> options) {
        return Optional.ofNullable(textAnswers.poll());
    }
}
