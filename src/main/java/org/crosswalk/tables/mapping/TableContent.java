package org.crosswalk.tables.mapping;

import java.util.List;
import org.crosswalk.model.Relevance;

/**
 * What a mapping table says, once its layout is understood and before anything is matched with
 * the workspace: themes in order, their priorities with sub-items, and what each priority cites.
 * Both layouts (a board paper's table, Crosswalk's own spreadsheet export) are read into this.
 */
public record TableContent(String source, List<Theme> themes, List<Skipped> skipped) {
    public TableContent {
        themes = List.copyOf(themes);
        skipped = List.copyOf(skipped);
    }

    /** Text in the table that belongs to no priority, listed for the person rather than dropped. */
    public record Skipped(int line, String text, String reason) {
    }

    /** A theme; {@code line} is where it was read (0 when the table named no theme). */
    public record Theme(int line, String title, List<Priority> priorities) {
        public Theme {
            priorities = List.copyOf(priorities);
        }
    }

    /**
     * A priority; {@code noMention} is the wording when the table says the plan does not mention
     * it; {@code note} and {@code lead} are "" when the table has none.
     */
    public record Priority(int line, String title, List<String> subItems, String note, String lead,
                           List<Citation> citations, String noMention) {
        public Priority {
            subItems = List.copyOf(subItems);
            citations = List.copyOf(citations);
            note = note == null ? "" : note;
            lead = lead == null ? "" : lead;
        }
    }

    /**
     * One cited passage. {@code excerpt} is null when the table leaves it to the quote (a board
     * paper), or says whether the quote is an excerpt (Crosswalk's export).
     */
    public record Citation(int line, CitedPassage passage, Boolean excerpt, Relevance relevance, String note) {
        public Citation {
            relevance = relevance == null ? Relevance.DIRECT : relevance;
            note = note == null ? "" : note;
        }

        /** A passage read from a board paper's cell: direct relevance, no note. */
        public static Citation of(int line, CitedPassage passage) {
            return new Citation(line, passage, null, Relevance.DIRECT, "");
        }
    }

    public int priorityCount() {
        return themes.stream().mapToInt(t -> t.priorities().size()).sum();
    }
}
