package org.crosswalk.store.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What adding a new edition of a plan does to the links made to the earlier edition's items, one
 * outcome per link. Computed without changing anything ({@link EditionEdits#preview}), so it can be
 * shown before the edition is added, or used as a dry run; {@link EditionEdits#addEdition} does
 * exactly this.
 */
public record EditionPreview(UUID earlierPlanId, UUID newPlanId, List<LinkOutcome> outcomes) {
    public EditionPreview {
        Objects.requireNonNull(earlierPlanId, "earlierPlanId");
        Objects.requireNonNull(newPlanId, "newPlanId");
        outcomes = List.copyOf(outcomes);
    }

    /** What happens to one link. */
    public enum Outcome {
        /** Moves to the new edition's item, whose text is the same: nothing to review. */
        CARRIED,
        /** Moves to the new edition's item and is flagged for review ('changed'). */
        CHANGED,
        /** Stays on the earlier edition's item and is flagged for review ('vanished'). */
        VANISHED
    }

    /** Why. */
    public enum Reason {
        /** Carried: the same text (ignoring case, spacing and quote style) under the same number. */
        SAME_TEXT,
        /** Carried: the same text, found under another number (or none) in the new edition. */
        RENUMBERED,
        /** Changed: the paragraph with the same number has a different text. */
        TEXT_CHANGED,
        /** Changed: the text is the same, but the link's excerpt no longer occurs in it word for word. */
        EXCERPT_GONE,
        /** Vanished: neither the number nor the text is in the new edition. */
        NOT_FOUND,
        /** Vanished: another link of the same priority already moves to the item this one matched. */
        ALREADY_LINKED
    }

    /**
     * One link's fate. {@code newItemId} is the new edition's item it moves to (null when it
     * vanishes); {@code reviewNote} is the note it will carry for the review, such as the earlier
     * text of a changed item (null when none).
     */
    public record LinkOutcome(UUID linkId, UUID priorityId, UUID earlierItemId, UUID newItemId, Outcome outcome,
                              Reason reason, String reviewNote) {
        public LinkOutcome {
            Objects.requireNonNull(linkId, "linkId");
            Objects.requireNonNull(priorityId, "priorityId");
            Objects.requireNonNull(earlierItemId, "earlierItemId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
            if ((outcome == Outcome.VANISHED) != (newItemId == null)) {
                throw new IllegalArgumentException("A link moves to a new item unless it vanishes");
            }
        }

        /** The item the link points at once the edition is added. */
        public UUID itemAfter() {
            return newItemId != null ? newItemId : earlierItemId;
        }
    }

    public List<LinkOutcome> carried() {
        return only(Outcome.CARRIED);
    }

    public List<LinkOutcome> changed() {
        return only(Outcome.CHANGED);
    }

    public List<LinkOutcome> vanished() {
        return only(Outcome.VANISHED);
    }

    public int carriedCount() {
        return carried().size();
    }

    public int changedCount() {
        return changed().size();
    }

    public int vanishedCount() {
        return vanished().size();
    }

    /** Whether any link will wait for review. */
    public boolean needsReview() {
        return outcomes.stream().anyMatch(o -> o.outcome() != Outcome.CARRIED);
    }

    public Optional<LinkOutcome> outcome(UUID linkId) {
        return outcomes.stream().filter(o -> o.linkId().equals(linkId)).findFirst();
    }

    /** "12 links carried over, 3 to review (2 changed, 1 not found)." */
    public String summary() {
        int review = changedCount() + vanishedCount();
        String carried = carriedCount() + (carriedCount() == 1 ? " link" : " links") + " carried over";
        if (review == 0) {
            return carried + ", none to review.";
        }
        return carried + ", " + review + " to review (" + changedCount() + " changed, " + vanishedCount()
                + " not found).";
    }

    private List<LinkOutcome> only(Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).toList();
    }
}
