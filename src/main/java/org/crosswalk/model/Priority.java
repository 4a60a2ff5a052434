package org.crosswalk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A local priority. {@code noMention} holds the wording used when the board states that the
 * national plan does not mention it ("No specific mention in the Long Term Plan."); null when
 * no such statement is made. {@code lead} names who leads it (a person or a role, or a working
 * group), "" when nobody is named; {@code progress} is how its implementation is followed up.
 */
public record Priority(UUID id, UUID themeId, String title, String note, String noMention, int position,
                       String lead, Progress progress) {
    public static final String DEFAULT_NO_MENTION = "No specific mention in the Long Term Plan.";

    public Priority {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(themeId, "themeId");
        Text.requireText(title, "priority title");
        note = note == null ? "" : note;
        noMention = noMention == null || noMention.isBlank() ? null : noMention;
        lead = lead == null ? "" : lead;
        progress = progress == null ? Progress.NONE : progress;
    }

    /** A priority with a lead and no progress recorded. */
    public Priority(UUID id, UUID themeId, String title, String note, String noMention, int position, String lead) {
        this(id, themeId, title, note, noMention, position, lead, Progress.NONE);
    }

    /** A priority with no lead named. */
    public Priority(UUID id, UUID themeId, String title, String note, String noMention, int position) {
        this(id, themeId, title, note, noMention, position, "");
    }

    public boolean isNoMention() {
        return noMention != null;
    }
}
