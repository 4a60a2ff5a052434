package org.crosswalk.ui.planimport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.crosswalk.plans.reading.ParsedPlan;

/**
 * Undo and redo inside the review, before anything is saved: each step keeps the plan (and the
 * selected item) before and after it. The plans are immutable records, so a step is cheap.
 */
final class ReviewHistory {
    /** One correction: what it was called, and the plan and selected item either side of it. */
    record Step(String description, ParsedPlan before, int selectedBefore, ParsedPlan after, int selectedAfter) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    ReviewHistory(int limit) {
        this.limit = limit;
    }

    void record(Step step) {
        undo.push(step);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<Step> undo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
        }
        return Optional.ofNullable(step);
    }

    Optional<Step> redo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
        }
        return Optional.ofNullable(step);
    }

    String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().description();
    }

    String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().description();
    }
}
