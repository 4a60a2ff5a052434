package org.crosswalk.ui.planimport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.ParsedPlans;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.store.edit.EditRejectedException;
import org.crosswalk.store.edit.EditionEdits;
import org.crosswalk.store.edit.EditionPreview;
import org.crosswalk.store.edit.PlanEdits;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.WorkspaceSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import window's state: reading the file (off the JavaFX thread, with progress and Cancel),
 * then the review of what was read, then the plan's details and Import, which saves the reviewed
 * plan as one undoable edit of the workspace.
 */
public final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

    /** Where the window is: reading, reviewing, explaining why the file could not be read, or finished. */
    public enum Phase { READING, REVIEW, FAILED, DONE }

    private record Progress(long done, long total, String what) {
    }

    private final Path file;
    private final PlanFileReader reader;
    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.READING);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<ReviewViewModel> review = new SimpleObjectProperty<>();
    private final PlanDetailsForm details = new PlanDetailsForm();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanBinding canImport;
    private final StringBinding labelNote;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Progress> latest = new AtomicReference<>();

    /**
     * @param dialogs    asks before a plan comes in as the new edition of one already there
     * @param background where the file is read (its own thread, not the workspace's task runner)
     * @param fx         where results are shown ({@code Platform::runLater}; in tests, at once)
     */
    public ImportViewModel(Path file, PlanFileReader reader, WorkspaceSession session, DialogService dialogs,
                           Executor background, Executor fx) {
        this.file = file;
        this.reader = reader;
        this.session = session;
        this.dialogs = dialogs;
        this.background = background;
        this.fx = fx;
        status.set("Opening " + file.getFileName() + "…");
        // A message about the details is out of date as soon as they change.
        for (StringProperty field : List.of(details.title, details.label, details.edition)) {
            field.addListener((o, old, now) -> {
                if (!importing.get()) {
                    message.set("");
                }
            });
        }
        session.editableProperty().addListener((o, was, now) -> explainReadOnly());
        labelNote = Bindings.createStringBinding(this::labelNote, details.label, session.contentProperty());
        canImport = Bindings.createBooleanBinding(() -> phase.get() == Phase.REVIEW && !importing.get()
                && session.editableProperty().get(), phase, importing, session.editableProperty());
    }

    public Path file() {
        return file;
    }

    /** Whether the file is a PDF, whose pages can be shown beside the items. */
    public boolean isPdf() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** From 0 to 1 while reading, or -1 while the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** "Reading page 12 of 136". */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Why the file could not be read, in plain words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** The review, once the file has been read. */
    public ReadOnlyObjectProperty<ReviewViewModel> reviewProperty() {
        return review;
    }

    public PlanDetailsForm details() {
        return details;
    }

    /** What stops the import, or how it went. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Starts reading the file in the background. */
    public void start() {
        background.execute(this::read);
    }

    private void read() {
        try {
            ParsedPlan parsed = reader.read(file, new WindowProgress());
            fx.execute(() -> {
                if (!cancelled.get()) {
                    read(parsed);
                }
            });
        } catch (CancellationException e) {
            LOG.info("Import of {} cancelled", file.getFileName());
        } catch (PlanReadException e) {
            LOG.info("Could not read {}: {}", file, e.getMessage(), e);
            fx.execute(() -> fail(e.getMessage()));
        } catch (RuntimeException | Error e) {
            LOG.error("Reading {} failed", file, e);
            fx.execute(() -> fail("Crosswalk could not read this file because of an internal error. Details are "
                    + "in the log file."));
        }
    }

    private void read(ParsedPlan parsed) {
        if (parsed.items().isEmpty()) {
            fail("Crosswalk found no paragraphs in " + file.getFileName() + ". If it is a scanned document, "
                    + "it holds pictures of pages rather than text, and cannot be imported.");
            return;
        }
        String title = parsed.title() == null || parsed.title().isBlank() ? baseName() : parsed.title().strip();
        details.title.set(title);
        review.set(new ReviewViewModel(parsed));
        phase.set(Phase.REVIEW);
        explainReadOnly();
    }

    /** Import is off while the workspace cannot be edited; say why, so the person is not left guessing. */
    private void explainReadOnly() {
        if (phase.get() == Phase.REVIEW && !session.editableProperty().get()) {
            message.set(session.workspaceProperty().get() == null
                    ? "No workspace is open: open the workspace the plan belongs in to import it."
                    : "This workspace is open read-only: you can review the plan, but it cannot be added to it.");
        }
    }

    private String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void fail(String why) {
        if (cancelled.get()) {
            return;
        }
        problem.set(why + " Nothing was added to the workspace.");
        phase.set(Phase.FAILED);
    }

    /** Stops reading (or leaves the review, or closes after a failure); nothing is saved. */
    public void cancel() {
        cancelled.set(true);
        phase.set(Phase.DONE);
    }

    /** Whether closing now would throw away corrections made in the review. */
    public boolean hasUnsavedCorrections() {
        return phase.get() == Phase.REVIEW && review.get() != null && review.get().isCorrected();
    }

    /**
     * Saves the reviewed plan with its details as one undoable edit; the window closes when it is
     * in. A plan whose label is already in the workspace comes in as that plan's new edition (as
     * {@code crosswalk import-plan} does): what happens to the links is shown first, to confirm.
     */
    public void importPlan() {
        ReviewViewModel reviewed = review.get();
        if (phase.get() != Phase.REVIEW || reviewed == null || importing.get()) {
            return;
        }
        if (session.workspaceProperty().get() == null) {
            message.set("No workspace is open. Open the workspace the plan belongs in, then press Import again.");
            return;
        }
        if (!session.editableProperty().get()) {
            message.set("This workspace is open read-only, so the plan cannot be added to it.");
            return;
        }
        String missing = details.problem().orElse(null);
        if (missing == null && reviewed.plan().items().isEmpty()) {
            missing = "There are no items left to import. Undo the last change, or close this window.";
        }
        if (missing != null) {
            message.set(missing);
            return;
        }
        WorkspaceContent current = session.content();
        Plan earlier = current == null ? null : details.earlierEdition(current.plans()).orElse(null);
        PlanContent content = ParsedPlans.toContent(reviewed.plan(), details.details("Imported from "
                + file.getFileName()));
        importing.set(true);
        if (earlier == null) {
            message.set("Adding " + content.plan().title() + " to the workspace…");
            session.execute(PlanEdits.addPlan(content), this::added);
            return;
        }
        message.set("Matching the links of " + earlier.title() + " to this edition…");
        session.background(() -> EditionEdits.preview(current, earlier.id(), content), preview -> {
            importing.set(false);
            message.set("");
            if (!dialogs.confirm("Import as a new edition?", newEditionQuestion(earlier, preview),
                    "Import as the new edition")) {
                message.set("Not imported. To add it as a separate plan, give it a short label of its own.");
                return;
            }
            importing.set(true);
            message.set("Adding the new edition to the workspace…");
            session.execute(EditionEdits.addEdition(earlier.id(), content), this::added);
        }, error -> {
            importing.set(false);
            if (error instanceof EditRejectedException rejected) {
                message.set(rejected.getMessage());
            } else {
                LOG.error("Matching the links of a new edition failed", error);
                message.set("Crosswalk could not compare this plan with " + earlier.title() + " because of an "
                        + "internal error. Nothing was changed. Details are in the log file.");
            }
        });
    }

    private static String newEditionQuestion(Plan earlier, EditionPreview preview) {
        String name = "“" + earlier.title() + "”" + (earlier.edition() == null ? "" : " (" + earlier.edition() + ")");
        return "“" + earlier.label() + "” is already the label of " + name + ", so this plan comes in as its new "
                + "edition. The earlier edition stays in the workspace.\n\n"
                + "Links to the earlier edition: " + preview.summary()
                + (preview.needsReview() ? " Those to review are marked “needs review”." : "")
                + "\n\nTo add the plan as a separate plan instead, press Cancel and give it a short label of its "
                + "own.";
    }

    private void added(boolean done) {
        importing.set(false);
        if (done) {
            message.set("");
            phase.set(Phase.DONE);
        } else {
            message.set("The plan was not added. Your corrections are still here; you can try again.");
        }
    }

    /** "New edition of “The NHS Long Term Plan” (January 2019)" while the label is that plan's; else empty. */
    public StringBinding labelNoteProperty() {
        return labelNote;
    }

    private String labelNote() {
        WorkspaceContent current = session.content();
        return current == null ? "" : details.earlierEdition(current.plans())
                .map(p -> "New edition of “" + p.title() + "”" + (p.edition() == null ? "" : " (" + p.edition() + ")"))
                .orElse("");
    }

    /** Hands the reader's progress to the window, at most one update waiting at a time. */
    private final class WindowProgress implements ReadProgress {
        @Override
        public void update(long done, long total, String what) {
            if (latest.getAndSet(new Progress(done, total, what)) == null) {
                fx.execute(() -> {
                    Progress now = latest.getAndSet(null);
                    if (now != null && phase.get() == Phase.READING) {
                        progress.set(now.total() > 0 ? Math.min(1.0, (double) now.done() / now.total()) : -1);
                        if (now.what() != null && !now.what().isBlank()) {
                            status.set(now.what());
                        }
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
