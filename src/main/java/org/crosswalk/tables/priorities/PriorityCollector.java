package org.crosswalk.tables.priorities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers themes, priorities and sub-items row by row, as the grid and outline importers find
 * them; the same wording twice (case and spacing aside) is one theme, one priority under its
 * theme, or one sub-item under its priority, so a priority repeated on every row of its
 * sub-items comes out once.
 */
final class PriorityCollector {
    /** The theme of priorities the file gives no theme for. */
    static final String DEFAULT_THEME = "Imported priorities";

    private final Map<String, ThemeDraft> themes = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private ThemeDraft theme;
    private PriorityDraft priority;
    private String where = "Row";

    /** Later priorities go under this theme. */
    void theme(String title) {
        if (Wording.tidy(title).isEmpty()) {
            return; // nothing a person can read: the rows stay under the theme above
        }
        theme = themes.computeIfAbsent(Wording.key(title), k -> new ThemeDraft(Wording.tidy(title)));
        priority = null;
    }

    boolean hasTheme() {
        return theme != null;
    }

    /** Later sub-items go under this priority (created under the current theme unless it is there already). */
    void priority(String title, int line) {
        if (theme == null) {
            theme(DEFAULT_THEME);
            problem(line, "has a priority but no theme above it: it and the priorities after it without a theme "
                    + "go under the theme “" + DEFAULT_THEME + "”.");
        }
        priority = theme.priorities.computeIfAbsent(Wording.key(title),
                k -> new PriorityDraft(Wording.tidy(title), line));
    }

    boolean hasPriority() {
        return priority != null;
    }

    void subItem(String text) {
        String tidy = Wording.tidy(text);
        if (!tidy.isEmpty() && priority.subItemKeys.add(Wording.key(tidy))) {
            priority.subItems.add(tidy);
        }
    }

    /** Sets the priority's note, or adds a different one on a new line. */
    void note(String note) {
        priority.note = joined(priority.note, note);
    }

    void lead(String lead) {
        priority.lead = joined(priority.lead, lead);
    }

    private static String joined(String current, String more) {
        if (more.isBlank() || current.contains(more)) {
            return current;
        }
        return current.isEmpty() ? more : current + "\n" + more;
    }

    /** A problem about row {@code line}; {@code rest} continues "Row 12 …". */
    void problem(int line, String rest) {
        problems.add(new ImportProblem(line, where + " " + line + " " + rest));
    }

    /** Problems name "Row N" (tables) or "Paragraph N" (documents). */
    PriorityCollector naming(String where) {
        this.where = where;
        return this;
    }

    ImportedPriorities result(String source) {
        List<ImportedPriorities.Theme> result = new ArrayList<>();
        for (ThemeDraft draft : themes.values()) {
            List<ImportedPriorities.Priority> priorities = new ArrayList<>();
            for (PriorityDraft p : draft.priorities.values()) {
                priorities.add(new ImportedPriorities.Priority(p.title, p.subItems, p.note, p.lead, p.line));
            }
            result.add(new ImportedPriorities.Theme(draft.title, priorities));
        }
        return new ImportedPriorities(source, result, problems);
    }

    private static final class ThemeDraft {
        final String title;
        final Map<String, PriorityDraft> priorities = new LinkedHashMap<>();

        ThemeDraft(String title) {
            this.title = title;
        }
    }

    private static final class PriorityDraft {
        final String title;
        final int line;
        final List<String> subItems = new ArrayList<>();
        final Set<String> subItemKeys = new LinkedHashSet<>();
        String note = "";
        String lead = "";

        PriorityDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }
}
