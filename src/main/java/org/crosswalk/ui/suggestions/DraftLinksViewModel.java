package org.crosswalk.ui.suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.search.LinkDrafts;
import org.crosswalk.store.SuggestionDismissals;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.SuggestionEdits;
import org.crosswalk.store.edit.SuggestionEdits.Proposal;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edit > Draft Links for All Priorities: drafts up to five paragraphs for every priority without
 * links (in the background, with progress and Cancel), lists them under their priorities, and
 * accepts or dismisses the checked ones, each press one undoable edit. The list follows the
 * workspace: decided drafts leave it, and undo brings them back.
 */
public final class DraftLinksViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DraftLinksViewModel.class);
    static final int PER_PRIORITY = 5;

    /** Drafting; the drafts are listed; there was nothing to draft; stopped by the person; failed. */
    public enum Phase { DRAFTING, READY, NOTHING_TO_DRAFT, STOPPED, FAILED }

    private final WorkspaceSession session;
    private final Suggesters suggesters;
    private final Executor fx;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.DRAFTING);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("Drafting…");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<DraftRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Double> minimumScore = new SimpleObjectProperty<>(MatchStrength.STRONG_FROM);
    private final IntegerProperty checkedCount = new SimpleIntegerProperty();
    private final IntegerProperty shownCount = new SimpleIntegerProperty();
    private final Command acceptChecked;
    private final Command dismissChecked;
    private final Command checkAtLeast;
    private final Command uncheckAll;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();
    private final InvalidationListener recount = o -> recount();
    private final InvalidationListener followWorkspace = o -> refresh();
    private List<DraftRow.Line> drafted = List.of();

    /** @param fx where progress is shown from the background ({@code Platform::runLater}; in tests, at once) */
    public DraftLinksViewModel(WorkspaceSession session, Suggesters suggesters, Executor fx) {
        this.session = session;
        this.suggesters = suggesters;
        this.fx = fx;
        BooleanBinding ready = phase.isEqualTo(Phase.READY);
        BooleanBinding decidable = session.editableProperty().and(ready).and(checkedCount.greaterThan(0));
        acceptChecked = new Command(decidable, () -> decide(true));
        dismissChecked = new Command(decidable, () -> decide(false));
        checkAtLeast = new Command(ready.and(shownCount.greaterThan(0)).and(minimumScore.isNotNull()),
                this::checkAtLeastMinimum);
        uncheckAll = new Command(ready.and(checkedCount.greaterThan(0)),
                () -> shownLines().forEach(line -> line.checkedProperty().set(false)));
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** From 0 to 1 while drafting. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** "Drafting for ‘Immunisation’ (3 of 10)…", then what was drafted, or why nothing was. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** What the last Accept or Dismiss did. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Priority headings, each followed by its undecided drafts, best first. */
    public ObservableList<DraftRow> rows() {
        return rows;
    }

    /** The score from which "Check all scoring at least" checks a draft. */
    public ObjectProperty<Double> minimumScoreProperty() {
        return minimumScore;
    }

    public ReadOnlyIntegerProperty checkedCountProperty() {
        return checkedCount;
    }

    /** How many drafts are listed (undecided). */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount;
    }

    public Command acceptChecked() {
        return acceptChecked;
    }

    public Command dismissChecked() {
        return dismissChecked;
    }

    /** Checks every listed draft scoring at least the minimum, and unchecks the rest. */
    public Command checkAtLeast() {
        return checkAtLeast;
    }

    public Command uncheckAll() {
        return uncheckAll;
    }

    /** Checks all of a priority's drafts, or unchecks them when all are checked. */
    public void toggle(DraftRow.Heading heading) {
        boolean check = !heading.allCheckedProperty().get();
        heading.lines().forEach(line -> line.checkedProperty().set(check));
    }

    /** Starts drafting in the background. */
    public void start() {
        WorkspaceContent content = session.content();
        Workspace workspace = session.workspaceProperty().get();
        if (content == null || workspace == null) {
            finish(Phase.FAILED, "Open a workspace to draft links.");
            return;
        }
        if (content.plans().isEmpty()) {
            finish(Phase.NOTHING_TO_DRAFT, "Import a national plan to draft links to it.");
            return;
        }
        int undecided = LinkDrafts.undecided(content).size();
        if (undecided == 0) {
            finish(Phase.NOTHING_TO_DRAFT,
                    "Every priority already has links or is marked as not mentioned in the plan.");
            return;
        }
        session.background(() -> LinkDrafts.draft(content, suggesters.over(workspace),
                SuggestionDismissals.all(workspace), PER_PRIORITY, (priority, index, total) -> {
                    fx.execute(() -> showProgress(priority, index, total));
                    return !stopped.get();
                }), drafts -> {
                    if (!stopped.get()) {
                        showDrafts(content, drafts, undecided);
                    }
                }, error -> {
                    LOG.error("Drafting links failed", error);
                    finish(Phase.FAILED, "Crosswalk could not draft links because of an internal error. Nothing "
                            + "was changed. Details are in the log file.");
                });
    }

    /** Stops drafting (the window closes); the workspace is not followed any more. */
    public void stop() {
        stopped.set(true);
        session.revisionProperty().removeListener(followWorkspace);
        if (phase.get() == Phase.DRAFTING) {
            phase.set(Phase.STOPPED);
        }
    }

    private void showProgress(Priority priority, int index, int total) {
        if (!stopped.get()) {
            progress.set((double) index / total);
            status.set("Drafting for ‘" + priority.title() + "’ (" + (index + 1) + " of " + total + ")…");
        }
    }

    private void finish(Phase outcome, String why) {
        progress.set(1);
        status.set(why);
        phase.set(outcome);
    }

    private void showDrafts(WorkspaceContent content, List<LinkDrafts.Draft> drafts, int undecided) {
        drafted = drafts.stream()
                .map(d -> SuggestedParagraph.of(content, d.priority().id(), d.suggestion()))
                .filter(Objects::nonNull).map(DraftRow.Line::new).toList();
        if (drafted.isEmpty()) {
            finish(Phase.NOTHING_TO_DRAFT, "No paragraph of the plan matches the " + plural(undecided, "priority",
                    "priorities") + " without links, or every match was dismissed.");
            return;
        }
        drafted.forEach(line -> line.checkedProperty().addListener(recount));
        long priorities = drafted.stream().map(l -> l.paragraph().priorityId()).distinct().count();
        finish(Phase.READY, plural(drafted.size(), "draft", "drafts") + " for " + plural((int) priorities,
                "priority", "priorities") + " without links, best first under each.");
        session.revisionProperty().addListener(followWorkspace);
        refresh();
    }

    /** Lists the drafts still undecided: not linked and not dismissed (read in the background). */
    private void refresh() {
        long ticket = generation.incrementAndGet();
        Workspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            show(List.of());
            return;
        }
        session.background(() -> ticket == generation.get() ? SuggestionDismissals.all(workspace) : null, dismissed -> {
            if (dismissed != null && ticket == generation.get() && session.content() != null) {
                show(undecidedLines(session.content(), dismissed));
            }
        }, error -> LOG.warn("Could not read the dismissed suggestions", error));
    }

    private List<DraftRow.Line> undecidedLines(WorkspaceContent content, Map<UUID, Set<UUID>> dismissed) {
        return drafted.stream().filter(line -> {
            SuggestedParagraph p = line.paragraph();
            return content.priority(p.priorityId()).isPresent() && content.item(p.itemId()).isPresent()
                    && content.link(p.priorityId(), p.itemId()).isEmpty()
                    && !dismissed.getOrDefault(p.priorityId(), Set.of()).contains(p.itemId());
        }).toList();
    }

    private void show(List<DraftRow.Line> undecided) {
        WorkspaceContent content = session.content();
        Map<UUID, List<DraftRow.Line>> byPriority = new LinkedHashMap<>();
        undecided.forEach(line -> byPriority.computeIfAbsent(line.paragraph().priorityId(), k -> new ArrayList<>())
                .add(line));
        List<DraftRow> shown = new ArrayList<>();
        byPriority.forEach((priorityId, lines) -> content.priority(priorityId).ifPresent(priority -> {
            String theme = content.theme(priority.themeId()).map(t -> t.title()).orElse("");
            shown.add(new DraftRow.Heading(priority, theme, lines));
            shown.addAll(lines);
        }));
        rows.setAll(shown);
        shownCount.set(undecided.size());
        recount();
    }

    private List<DraftRow.Line> shownLines() {
        return rows.stream().filter(r -> r instanceof DraftRow.Line).map(r -> (DraftRow.Line) r).toList();
    }

    private void recount() {
        checkedCount.set((int) shownLines().stream().filter(DraftRow.Line::isChecked).count());
    }

    private void checkAtLeastMinimum() {
        double minimum = minimumScore.get();
        shownLines().forEach(line -> line.checkedProperty().set(line.paragraph().score() >= minimum));
    }

    private void decide(boolean accept) {
        List<Proposal> proposals = shownLines().stream().filter(DraftRow.Line::isChecked)
                .map(l -> l.paragraph().proposal()).toList();
        String done = accept ? "Accepted " + plural(proposals.size(), "suggestion", "suggestions")
                + ": the links are in the mapping table."
                : "Dismissed " + plural(proposals.size(), "suggestion", "suggestions")
                + ": they will not be proposed again for their priorities.";
        session.execute(accept ? SuggestionEdits.accept(proposals) : SuggestionEdits.dismiss(proposals), made -> {
            if (made) {
                message.set(done + " Ctrl+Z undoes this.");
            }
        });
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
