package org.crosswalk.plans.reading;

import java.util.List;
import java.util.Objects;

/**
 * What an import found in a plan document: its chapters and items in order, ready for the
 * review step and then to become a {@link org.crosswalk.model.PlanContent}.
 *
 * @param numbered whether the document numbers its paragraphs ("2.18."); unnumbered plans are
 *                 cited by heading and page
 * @param notes    what was left out or guessed, in words for the person reviewing
 */
public record ParsedPlan(String title, List<ParsedChapter> chapters, List<ParsedItem> items, boolean numbered,
                         List<String> notes) {
    public ParsedPlan {
        chapters = List.copyOf(Objects.requireNonNull(chapters, "chapters"));
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        notes = List.copyOf(notes == null ? List.of() : notes);
        for (ParsedItem item : items) {
            if (item.chapter() < 0 || item.chapter() >= chapters.size()) {
                throw new IllegalArgumentException("Item " + item.number() + " refers to chapter " + item.chapter()
                        + " of " + chapters.size());
            }
        }
    }

    public ParsedPlan withItems(List<ParsedItem> newItems) {
        return new ParsedPlan(title, chapters, newItems, numbered, notes);
    }

    public ParsedPlan withChapters(List<ParsedChapter> newChapters, List<ParsedItem> newItems) {
        return new ParsedPlan(title, newChapters, newItems, numbered, notes);
    }
}
