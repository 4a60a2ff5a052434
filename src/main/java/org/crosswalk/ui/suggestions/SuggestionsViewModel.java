package org.crosswalk.ui.suggestions;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.search.Suggester.Suggestion;
import org.crosswalk.store.SuggestionDismissals;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.SuggestionEdits;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Suggestions panel's state: the best plan items for the selected priority (those linked or
 * dismissed left out), found on the workspace's background thread whenever the priority or the
 * workspace changes, and accepting, dismissing and suggesting again, each one undoable edit.
 * While the panel is hidden nothing is computed; it catches up when shown.
 */
public final class SuggestionsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SuggestionsViewModel.class);
    /** How many suggestions the panel shows. */
    static final int SHOWN = 10;

    private final WorkspaceSession session;
    private final Selection selection;
    private final Suggesters suggesters;
    private final ObservableList<SuggestedParagraph> suggestions = FXCollections.observableArrayList();
    private final ObservableList<DismissedParagraph> dismissed = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty finding = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final BooleanProperty showDismissed = new SimpleBooleanProperty();
    private final StringBinding note;
    private final AtomicLong generation = new AtomicLong();
    /** The priority whose suggestions are on show, so a refresh for the same one keeps them meanwhile. */
    private UUID shownFor;
    private boolean stale;

    public SuggestionsViewModel(WorkspaceSession session, Selection selection, Suggesters suggesters) {
        this.session = session;
        this.selection = selection;
        this.suggesters = suggesters;
        note = Bindings.createStringBinding(this::note, session.editableProperty(), session.revisionProperty(),
                selection.priorityProperty());
        session.revisionProperty().addListener((o, old, now) -> refresh());
        selection.priorityProperty().addListener((o, old, now) -> refresh());
        active.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
    }

    /** The suggestions, best first. */
    public ObservableList<SuggestedParagraph> suggestions() {
        return suggestions;
    }

    /** What was dismissed for the selected priority, in the plan's order. */
    public ObservableList<DismissedParagraph> dismissed() {
        return dismissed;
    }

    /** "Suggested for ‘Reduce smoking prevalence’", or "" with no priority selected. */
    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** What an empty list says: why there is nothing, or that suggestions are being found. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** True while suggestions are being found (the list may still show the previous ones). */
    public ReadOnlyBooleanProperty findingProperty() {
        return finding;
    }

    /** Whether the panel is on show; bound to its tab. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether the dismissed items are listed. */
    public BooleanProperty showDismissedProperty() {
        return showDismissed;
    }

    /** A line under the heading for a read-only workspace or a priority marked "not mentioned"; "" otherwise. */
    public StringBinding noteProperty() {
        return note;
    }

    /** Accept, Dismiss and Suggest again can be used: the workspace can be edited. */
    public BooleanBinding canDecideProperty() {
        return session.editableProperty();
    }

    /** Links the item to the priority (one undoable edit) and shows the new link selected in the table. */
    public void accept(SuggestedParagraph suggestion) {
        if (!session.editableProperty().get()) {
            return;
        }
        suggestions.remove(suggestion);
        session.execute(SuggestionEdits.accept(List.of(suggestion.proposal())), done -> {
            WorkspaceContent content = session.content();
            if (done && content != null) {
                content.link(suggestion.priorityId(), suggestion.itemId())
                        .ifPresent(link -> selection.linkProperty().set(link.id()));
            } else {
                refresh();
            }
        });
    }

    /** Remembers not to suggest the item for this priority again (one undoable edit); the list refills. */
    public void dismiss(SuggestedParagraph suggestion) {
        if (!session.editableProperty().get()) {
            return;
        }
        suggestions.remove(suggestion);
        session.execute(SuggestionEdits.dismiss(List.of(suggestion.proposal())), done -> {
            if (!done) {
                refresh();
            }
        });
    }

    /** Forgets a dismissal, so the item can be suggested again (one undoable edit). */
    public void suggestAgain(DismissedParagraph item) {
        if (session.editableProperty().get()) {
            session.execute(SuggestionEdits.restore(item.proposal()));
        }
    }

    /** {@code nothingDecided}: the priority has no links and no dismissals, so an empty list means no match. */
    private record Found(List<SuggestedParagraph> suggestions, List<DismissedParagraph> dismissed,
                         boolean nothingDecided) {
    }

    private void refresh() {
        long ticket = generation.incrementAndGet();
        WorkspaceContent content = session.content();
        Workspace workspace = session.workspaceProperty().get();
        Priority priority = selection.priority().orElse(null);
        heading.set(priority == null ? "" : "Suggested for ‘" + priority.title() + "’");
        if (content == null || workspace == null) {
            showNothing("Open a workspace to see suggested paragraphs.");
        } else if (content.plans().isEmpty()) {
            showNothing("Import a national plan to get suggestions (File > Import National Plan, "
                    + "or File > Add National Plan).");
        } else if (priority == null) {
            showNothing("Select a priority to see suggested paragraphs.");
        } else if (!active.get()) {
            stale = true;
        } else {
            find(ticket, content, workspace, priority);
        }
    }

    private void showNothing(String why) {
        shownFor = null;
        stale = false;
        finding.set(false);
        suggestions.clear();
        dismissed.clear();
        message.set(why);
    }

    private void find(long ticket, WorkspaceContent content, Workspace workspace, Priority priority) {
        stale = false;
        if (!priority.id().equals(shownFor)) {
            shownFor = priority.id();
            suggestions.clear();
            dismissed.clear();
        }
        finding.set(true);
        message.set("Finding suggestions…");
        // The worker runs one task after another: a task whose answer is already out of date is skipped.
        session.background(() -> ticket == generation.get() ? compute(content, workspace, priority) : null, found -> {
            if (found != null && ticket == generation.get()) {
                show(found);
            }
        }, error -> {
            if (ticket == generation.get()) {
                LOG.warn("Suggestions for “{}” failed", priority.title(), error);
                finding.set(false);
                suggestions.clear();
                message.set("Crosswalk could not find suggestions just now. Search the plan instead; "
                        + "details are in the log file.");
            }
        });
    }

    private Found compute(WorkspaceContent content, Workspace workspace, Priority priority) throws Exception {
        Set<UUID> dismissedIds = SuggestionDismissals.of(workspace, priority.id());
        List<Suggestion> found = suggesters.over(workspace).suggestFor(content, priority, dismissedIds, SHOWN);
        List<SuggestedParagraph> shown = found.stream()
                .map(s -> SuggestedParagraph.of(content, priority.id(), s)).filter(Objects::nonNull).toList();
        List<DismissedParagraph> gone = content.items().stream().filter(i -> dismissedIds.contains(i.id()))
                .map(i -> new DismissedParagraph(priority.id(), i.id(), SuggestedParagraph.reference(i),
                        SuggestedParagraph.firstWords(i.text())))
                .toList();
        return new Found(shown, gone, gone.isEmpty() && content.linksOf(priority.id()).isEmpty());
    }

    private void show(Found found) {
        finding.set(false);
        suggestions.setAll(found.suggestions());
        dismissed.setAll(found.dismissed());
        message.set(!found.suggestions().isEmpty() ? ""
                : found.nothingDecided() ? "No paragraph of the plan uses this priority's words. Search the plan "
                        + "instead, or add sub-items that say it in other words."
                : "No more suggestions — every matching paragraph is linked or dismissed.");
    }

    private String note() {
        if (session.workspaceProperty().get() != null && !session.editableProperty().get()) {
            return "This workspace is open read-only: suggestions can be read, not accepted or dismissed.";
        }
        return selection.priority().filter(Priority::isNoMention)
                .map(p -> "Marked as not mentioned in the plan; accepting a suggestion withdraws that.")
                .orElse("");
    }
}
