package org.crosswalk.ui.suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.search.SearchHit;
import org.crosswalk.search.Suggester.Suggestion;
import org.crosswalk.store.edit.SuggestionEdits.Proposal;

/**
 * A suggested plan item as a person reads it: which paragraph and where it is, its text around
 * the matches, and why it was suggested.
 *
 * @param reference "2.9", or the first words of an item without a number (for lists and messages)
 * @param title     "2.9", or what an item without a number is ("Key commitment"), above its text
 * @param citation  "(NHS LTP p. 35)"
 * @param where     its section and chapter
 * @param snippet   the item's text around the matches ("…" where cut), without match marks
 * @param matched   the words to show in bold
 * @param reasons   "Matched: smoking (your wording); …" in one line
 */
public record SuggestedParagraph(UUID priorityId, UUID itemId, String reference, String title, String citation,
                                 String where, String snippet, List<String> matched, String reasons,
                                 double score) {
    private static final int FIRST_WORDS = 8;
    /** A reason as the suggester words it, quotation marks removed: "smoking (your wording)". */
    private static final Pattern REASON = Pattern.compile("(.+?) \\((.+)\\)");

    /** The suggestion as shown, or null when its item is no longer in the workspace. */
    static SuggestedParagraph of(WorkspaceContent content, UUID priorityId, Suggestion suggestion) {
        PlanItem item = content.item(suggestion.itemId()).orElse(null);
        if (item == null) {
            return null;
        }
        String snippet = suggestion.snippet().replace(String.valueOf(SearchHit.MATCH_START), "")
                .replace(String.valueOf(SearchHit.MATCH_END), "");
        return new SuggestedParagraph(priorityId, item.id(), reference(item), title(item), content.citation(item),
                where(content, item), snippet.isBlank() ? item.text() : snippet, suggestion.matched(),
                reasons(suggestion.reasons()), suggestion.score());
    }

    public Proposal proposal() {
        return new Proposal(priorityId, itemId);
    }

    public MatchStrength strength() {
        return MatchStrength.of(score);
    }

    /** "2.9", or the first words of an unnumbered item in quotes. */
    static String reference(PlanItem item) {
        return item.hasNumber() ? item.number() : "“" + firstWords(item.text()) + "”";
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= FIRST_WORDS) {
            return text.strip();
        }
        return String.join(" ", List.of(words).subList(0, FIRST_WORDS)) + "…";
    }

    /**
     * "Smoking · Chapter 2: More NHS action …": the section first, as it says most and the line may
     * be cut short, then the chapter.
     */
    static String where(WorkspaceContent content, PlanItem item) {
        String chapter = content.chapter(item.chapterId()).map(c -> c.heading()).orElse("");
        return item.sectionId() == null ? chapter
                : content.section(item.sectionId()).map(s -> s.title() + " · " + chapter).orElse(chapter);
    }

    /** What the card calls an item: "2.9", or what it is ("Key commitment") when it has no number. */
    static String title(PlanItem item) {
        return item.hasNumber() ? item.number()
                : item.kind() == ItemKind.COMMITMENT ? "Key commitment" : item.kind().displayName();
    }

    /**
     * The reasons in one line, words matched for the same reason together, without the quotation
     * marks: "Matched: smoke-free, smoke (thesaurus: smoking ~ smoke-free); tobacco (…)". A reason
     * not shaped "word (why)" is shown as it is; words that differ only in case are said once.
     */
    static String reasons(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "Matched words are in the section heading.";
        }
        Map<String, List<String>> wordsByWhy = new LinkedHashMap<>();
        Set<String> said = new HashSet<>();
        for (String reason : reasons) {
            Matcher shaped = REASON.matcher(reason.replace("“", "").replace("”", ""));
            String word = shaped.matches() ? shaped.group(1) : reason;
            String why = shaped.matches() ? shaped.group(2) : "";
            if (said.add(word.toLowerCase(Locale.ROOT))) {
                wordsByWhy.computeIfAbsent(why, k -> new ArrayList<>()).add(word);
            }
        }
        List<String> parts = new ArrayList<>();
        wordsByWhy.forEach((why, words) -> parts.add(String.join(", ", words) + (why.isEmpty() ? "" : " (" + why + ")")));
        return "Matched: " + String.join("; ", parts);
    }
}
