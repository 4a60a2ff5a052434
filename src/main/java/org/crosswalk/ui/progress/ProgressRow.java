package org.crosswalk.ui.progress;

import java.util.UUID;
import org.crosswalk.model.Progress;

/** One priority in the progress view: where it sits, who leads it and how it is going. */
record ProgressRow(UUID priorityId, String theme, String title, String lead, Progress progress, boolean overdue) {

    /** The status in words, or "Not reported" while nobody has given one. */
    String statusWords() {
        return progress.status() == null ? "Not reported" : progress.status().words();
    }

    /** The due date as a person writes it ("31 Mar 2027"), "… (overdue)" when past and not done, "" when none. */
    String dueWords() {
        if (progress.due() == null) {
            return "";
        }
        String date = progress.due().format(ProgressText.DATE);
        return overdue ? date + " (overdue)" : date;
    }
}
