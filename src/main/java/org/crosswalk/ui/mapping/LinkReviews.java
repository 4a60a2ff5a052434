package org.crosswalk.ui.mapping;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.EditionEdits;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;

/**
 * Links waiting for review after a new edition of their plan: how many there are, the next one
 * in the table (wrapping round), and for the selected one keep, link to the selected paragraph
 * instead, or remove, each one undoable edit.
 */
public final class LinkReviews {
    private final WorkspaceSession session;
    private final Selection selection;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper repointHint = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReviewWording.Explained> shown = new SimpleObjectProperty<>();
    private final BooleanBinding reviewing = Bindings.isNotNull(shown);
    private final Command next;
    private final Command keep;
    private final Command repoint;
    private final Command remove;

    public LinkReviews(WorkspaceSession session, Selection selection) {
        this.session = session;
        this.selection = selection;
        next = new Command(count.greaterThan(0), this::showNext);
        keep = new Command(when(() -> reviewed().isPresent()),
                () -> reviewed().ifPresent(l -> session.execute(EditionEdits.confirmReview(l.id()))));
        repoint = new Command(when(() -> repointProblem().isEmpty()), () -> reviewed().ifPresent(
                l -> session.execute(EditionEdits.repoint(l.id(), selection.planItemProperty().get()))));
        remove = new Command(when(() -> reviewed().isPresent()),
                () -> reviewed().ifPresent(l -> session.execute(LinkEdits.unlink(l.id()))));
        session.contentProperty().addListener((o, old, now) -> refresh());
        selection.linkProperty().addListener((o, old, now) -> refresh());
        selection.planItemProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    private BooleanBinding when(java.util.concurrent.Callable<Boolean> test) {
        return session.editableWhen(test, selection.linkProperty(), selection.planItemProperty());
    }

    /** How many links wait for review. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "3 links to review", or "" when there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the link editor shows for the selected link when it waits for review; null otherwise. */
    public ReadOnlyObjectProperty<ReviewWording.Explained> shownProperty() {
        return shown;
    }

    /** True while the selected link waits for review. */
    public BooleanBinding reviewingProperty() {
        return reviewing;
    }

    /** Why "Link to the selected paragraph instead" cannot run now, or what it will link to. */
    public ReadOnlyStringProperty repointHintProperty() {
        return repointHint.getReadOnlyProperty();
    }

    /** Selects the next link waiting for review after the current selection, in table order, wrapping round. */
    public Command next() {
        return next;
    }

    /** Keeps the selected link where it is and clears its flag. */
    public Command keep() {
        return keep;
    }

    /** Moves the selected link to the paragraph selected in the plan browser and clears its flag. */
    public Command repoint() {
        return repoint;
    }

    /** Removes the selected link. */
    public Command remove() {
        return remove;
    }

    /** The selected link, when it waits for review. */
    private Optional<Link> reviewed() {
        return selection.link().filter(Link::needsReview);
    }

    private void refresh() {
        WorkspaceContent content = session.content();
        List<Link> waiting = content == null ? List.of() : EditionEdits.needingReview(content);
        count.set(waiting.size());
        summary.set(waiting.isEmpty() ? "" : waiting.size() == 1 ? "1 link to review"
                : waiting.size() + " links to review");
        Optional<Link> link = reviewed();
        if (content == null || link.isEmpty() || content.item(link.get().planItemId()).isEmpty()) {
            shown.set(null);
            repointHint.set("");
            return;
        }
        shown.set(ReviewWording.explain(content, link.get(), selection.planItem()));
        repointHint.set(repointProblem().orElseGet(() -> linksTo(content, selection.planItem().orElseThrow())));
    }

    /** "Links to 2.18, July 2025 edition (NHS LTP p. 37).", with a warning when that edition has been replaced. */
    private static String linksTo(WorkspaceContent content, PlanItem target) {
        String hint = "Links to " + ReviewWording.where(content, target) + ".";
        return ReviewWording.replacement(content, target.planId())
                .map(later -> hint + " That edition has been replaced: for the current wording, select the "
                        + "paragraph in " + ReviewWording.edition(content, later.id()) + ".")
                .orElse(hint);
    }

    /** Why the selected link cannot be moved to the selected paragraph; empty when it can. */
    private Optional<String> repointProblem() {
        WorkspaceContent content = session.content();
        Optional<Link> link = reviewed();
        if (content == null || link.isEmpty()) {
            return Optional.of("");
        }
        Optional<PlanItem> target = selection.planItem();
        if (target.isEmpty()) {
            return Optional.of("First select a paragraph in the national plan on the right (search it with Ctrl+F).");
        }
        UUID itemId = target.get().id();
        String number = ReviewWording.name(target.get());
        if (itemId.equals(link.get().planItemId())) {
            return Optional.of("The paragraph selected in the national plan is the one this link is on already. "
                    + "Select another, or keep this link.");
        }
        if (content.link(link.get().priorityId(), itemId).isPresent()) {
            String priority = content.priority(link.get().priorityId()).map(p -> "‘" + p.title() + "’").orElse("");
            return Optional.of(priority + " is already linked to the selected " + number
                    + ". Remove this link instead, or select another paragraph.");
        }
        return Optional.empty();
    }

    /** Selects the next link waiting for review after the selected row of the table, wrapping round. */
    private void showNext() {
        WorkspaceContent content = session.content();
        if (content == null) {
            return;
        }
        List<MappingRow> rows = MappingTableViewModel.rowsOf(content);
        int start = -1;
        UUID link = selection.linkProperty().get();
        UUID priority = selection.priorityProperty().get();
        for (int i = 0; i < rows.size() && start < 0; i++) {
            if (rows.get(i) instanceof MappingRow.LinkLine line && line.link().id().equals(link)) {
                start = i;
            }
        }
        for (int i = 0; i < rows.size() && start < 0 && link == null; i++) {
            if (rows.get(i) instanceof MappingRow.PriorityLine line && line.priority().id().equals(priority)) {
                start = i;
            }
        }
        for (int step = 1; step <= rows.size(); step++) {
            if (rows.get(Math.floorMod(start + step, rows.size())) instanceof MappingRow.LinkLine line
                    && line.link().needsReview()) {
                selection.priorityProperty().set(line.priorityId());
                selection.linkProperty().set(line.link().id());
                List<Link> waiting = EditionEdits.needingReview(content);
                int index = waiting.stream().map(Link::id).toList().indexOf(line.link().id());
                session.statusProperty().set("Link to review, " + (index + 1) + " of " + waiting.size() + ": "
                        + MappingCommands.reference(content, line.item()) + " for "
                        + content.priority(line.priorityId()).map(p -> "‘" + p.title() + "’").orElse(""));
                return;
            }
        }
    }
}
