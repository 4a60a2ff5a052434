package org.crosswalk.ui.planimport;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.ParsedChapter;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;

/**
 * The review step's state: the parsed plan as corrected so far, the part of it in view, the
 * selected item, and the corrections with their own undo and redo. Nothing here is saved; the
 * import window saves {@link #plan()} when the person presses Import.
 */
public final class ReviewViewModel {
    /** An item in view, with its place in the whole plan. */
    public record Row(int index, ParsedItem item) {
    }

    private static final int KEEP_POSITION = -2;

    private final ParsedPlan original;
    private final ObjectProperty<ParsedPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ALL);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectBinding<ParsedItem> selectedItem;
    private final BooleanBinding canMerge;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty undoDescription = new SimpleStringProperty("");
    private final StringProperty redoDescription = new SimpleStringProperty("");
    private final ReviewHistory history = new ReviewHistory(500);
    private boolean rebuilding;

    public ReviewViewModel(ParsedPlan parsed) {
        original = parsed;
        plan.set(parsed);
        selectedItem = Bindings.createObjectBinding(() -> {
            int index = selected.get();
            List<ParsedItem> items = plan.get().items();
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }, selected, plan);
        canMerge = Bindings.createBooleanBinding(() -> {
            int index = selected.get();
            List<ParsedItem> items = plan.get().items();
            return index >= 0 && index + 1 < items.size()
                    && items.get(index).chapter() == items.get(index + 1).chapter();
        }, selected, plan);
        scope.addListener((o, old, now) -> {
            rebuildRows();
            if (rows.stream().noneMatch(row -> row.index() == selected.get())) {
                selected.set(rows.isEmpty() ? -1 : rows.get(0).index());
            }
        });
        rebuildRows();
        if (!rows.isEmpty()) {
            selected.set(rows.get(0).index());
        }
    }

    public ParsedPlan plan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<ParsedPlan> planProperty() {
        return plan;
    }

    /** What the reader left out or guessed, in words for the person reviewing. */
    public List<String> notes() {
        return original.notes();
    }

    /** Whether anything was corrected (so closing the window would lose work). */
    public boolean isCorrected() {
        return !plan.get().equals(original);
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The selected item's place in the whole plan, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected;
    }

    public ObjectBinding<ParsedItem> selectedItemProperty() {
        return selectedItem;
    }

    /** Selects an item by its place in the whole plan (-1: none). Ignored while the rows are rebuilt. */
    public void select(int index) {
        if (!rebuilding) {
            selected.set(index >= 0 && index < plan.get().items().size() ? index : -1);
        }
    }

    public BooleanBinding canMergeProperty() {
        return canMerge;
    }

    /** Why the last correction was refused, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription;
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription;
    }

    // Corrections of the selected item -----------------------------------------------------------

    public void mergeWithNext() {
        int index = selected.get();
        onSelected(item -> apply("Merge " + Names.item(item) + " with the next item",
                p -> Corrections.mergeWithNext(p, index), index));
    }

    /** Splits the selected item's text at {@code caret}; the new second item is selected. */
    public void splitAt(int caret) {
        int index = selected.get();
        onSelected(item -> apply("Split " + Names.item(item), p -> Corrections.split(p, index, caret), index + 1));
    }

    public void setText(String text) {
        int index = selected.get();
        onSelected(item -> apply("Edit the text of " + Names.item(item), p -> Corrections.editText(p, index, text),
                index));
    }

    public void setNumber(String number) {
        int index = selected.get();
        onSelected(item -> apply("Number " + Names.item(item), p -> Corrections.setNumber(p, index, number), index));
    }

    /** {@code page} as typed: digits, or blank for no page. */
    public void setPrintedPage(String page) {
        int index = selected.get();
        onSelected(item -> apply("Page of " + Names.item(item),
                p -> Corrections.setPrintedPage(p, index, parsePage(page)), index));
    }

    public void setKind(ItemKind kind) {
        int index = selected.get();
        onSelected(item -> apply("Kind of " + Names.item(item), p -> Corrections.setKind(p, index, kind), index));
    }

    public void dropItem() {
        int index = selected.get();
        onSelected(item -> apply("Drop " + Names.item(item), p -> Corrections.dropItem(p, index), KEEP_POSITION));
    }

    /** Moves the selected item under another heading; the item that followed it in view is selected. */
    public void moveTo(int chapter, String section) {
        int index = selected.get();
        onSelected(item -> apply("Move " + Names.item(item) + " to " + Names.quote(section == null
                        ? Outline.heading(plan.get().chapters().get(chapter)) : section),
                p -> Corrections.moveItem(p, index, chapter, section), KEEP_POSITION));
    }

    // Corrections of the outline ------------------------------------------------------------------

    public void renameSection(int chapter, String from, String to) {
        String name = to == null || to.isBlank() ? null : to.strip();
        boolean inView = scope.get().equals(Scope.section(chapter, from));
        apply("Rename section " + Names.quote(from == null ? "(no heading)" : from),
                p -> Corrections.renameSection(p, chapter, from, to), selected.get());
        if (inView && plan.get().items().stream().anyMatch(Scope.section(chapter, name)::includes)) {
            scope.set(Scope.section(chapter, name));
        }
    }

    public void setChapterTitle(int chapter, String title) {
        apply("Title of " + chapterName(chapter), p -> Corrections.setChapterTitle(p, chapter, title),
                selected.get());
    }

    public void setChapterNumber(int chapter, String number) {
        apply("Number of " + chapterName(chapter), p -> Corrections.setChapterNumber(p, chapter, number),
                selected.get());
    }

    /** Drops a chapter and its items; the whole plan comes into view. */
    public void dropChapter(int chapter) {
        String name = chapterName(chapter);
        if (chapter >= 0 && chapter < plan.get().chapters().size()) {
            scope.set(Scope.ALL);
        }
        apply("Drop " + name, p -> Corrections.dropChapter(p, chapter), KEEP_POSITION);
    }

    private String chapterName(int chapter) {
        List<ParsedChapter> chapters = plan.get().chapters();
        return chapter >= 0 && chapter < chapters.size() ? Names.quote(Names.firstWords(
                Outline.heading(chapters.get(chapter)), 40)) : "chapter";
    }

    // Undo and redo --------------------------------------------------------------------------------

    public void undo() {
        history.undo().ifPresent(step -> show(step.before(), step.selectedBefore()));
        reveal();
    }

    public void redo() {
        history.redo().ifPresent(step -> show(step.after(), step.selectedAfter()));
        reveal();
    }

    /** After undo or redo: the item selected then comes into view, with its chapter. */
    private void reveal() {
        message.set("");
        descriptions();
        ParsedItem item = selectedItem.get();
        if (item != null && !scope.get().includes(item)) {
            scope.set(Scope.chapter(item.chapter()));
        }
    }

    // ----------------------------------------------------------------------------------------------

    private void onSelected(java.util.function.Consumer<ParsedItem> correction) {
        ParsedItem item = selectedItem.get();
        if (item == null) {
            message.set("Choose an item in the list first.");
        } else {
            correction.accept(item);
        }
    }

    private void apply(String description, UnaryOperator<ParsedPlan> correction, int selectAfter) {
        ParsedPlan before = plan.get();
        ParsedPlan after;
        try {
            after = correction.apply(before);
        } catch (CorrectionRefused refused) {
            message.set(refused.getMessage());
            return;
        }
        message.set("");
        if (after.equals(before)) {
            return;
        }
        int position = visiblePosition(selected.get());
        int selectedBefore = selected.get();
        show(after, selectAfter);
        if (selectAfter == KEEP_POSITION) {
            selected.set(rows.isEmpty() ? -1 : rows.get(Math.min(Math.max(position, 0), rows.size() - 1)).index());
        }
        history.record(new ReviewHistory.Step(description, before, selectedBefore, after, selected.get()));
        descriptions();
    }

    private int visiblePosition(int index) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).index() == index) {
                return i;
            }
        }
        return 0;
    }

    private void show(ParsedPlan shown, int select) {
        plan.set(shown);
        if (!scopeExists(scope.get())) {
            Scope whole = Scope.chapter(scope.get().chapter());
            scope.set(scopeExists(whole) ? whole : Scope.ALL);
        }
        rebuildRows();
        selected.set(select >= 0 && select < shown.items().size() ? select : -1);
    }

    private boolean scopeExists(Scope candidate) {
        if (candidate.isAll()) {
            return true;
        }
        if (candidate.chapter() >= plan.get().chapters().size()) {
            return false;
        }
        return candidate.wholeChapter() || plan.get().items().stream().anyMatch(candidate::includes);
    }

    private void rebuildRows() {
        rebuilding = true;
        try {
            List<ParsedItem> items = plan.get().items();
            List<Row> inView = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (scope.get().includes(items.get(i))) {
                    inView.add(new Row(i, items.get(i)));
                }
            }
            rows.setAll(inView);
        } finally {
            rebuilding = false;
        }
    }

    private void descriptions() {
        undoDescription.set(history.undoDescription());
        redoDescription.set(history.redoDescription());
    }

    private static Integer parsePage(String page) {
        if (page == null || page.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(page.strip());
        } catch (NumberFormatException e) {
            throw new CorrectionRefused("A page is a number such as 37, or blank when none is printed.");
        }
    }
}
