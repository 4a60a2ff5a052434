package org.crosswalk.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;

/**
 * Proposes plan items for a local priority: BM25 over the workspace's full-text index for every
 * word the priority uses (title, sub-items, note) and the thesaurus entries those words bring in,
 * with matches in section headings weighted up; items already linked are left out. Each
 * suggestion says which words matched and where they came from.
 */
public final class Suggester {
    /** BM25 weights of the index's columns: number, text, heading. */
    private static final String RANK = "bm25(plan_item_search, 0.0, 1.0, 2.0)";
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "to", "for", "in", "on",
            "with", "by", "at", "from", "as", "or", "our", "we", "their", "its", "is", "are", "be", "all", "into",
            "through", "e", "g", "eg", "etc", "including", "other", "more", "less", "local", "people");

    private final Workspace workspace;
    private final Thesaurus thesaurus;

    public Suggester(Workspace workspace, Thesaurus thesaurus) {
        this.workspace = workspace;
        this.thesaurus = thesaurus;
    }

    /** A priority described by its words; it need not exist in the workspace. */
    public record PriorityText(String title, List<String> subItems, String note) {
        public PriorityText {
            subItems = List.copyOf(subItems == null ? List.of() : subItems);
            note = note == null ? "" : note;
        }

        /** A priority of the workspace, described by its title, sub-items and note. */
        public static PriorityText of(WorkspaceContent content, Priority priority) {
            return new PriorityText(priority.title(),
                    content.subItemsOf(priority.id()).stream().map(SubItem::text).toList(), priority.note());
        }

        String all() {
            return title + " " + String.join(" ", subItems) + " " + note;
        }
    }

    /** A proposed item, best first, with the words that matched and why they were searched. */
    public record Suggestion(UUID itemId, UUID planId, String number, double score, String snippet,
                             List<String> matched, List<String> reasons) {
    }

    /**
     * The best {@code top} items for a priority of the workspace, leaving out the items already
     * linked to it and those dismissed for it.
     */
    public List<Suggestion> suggestFor(WorkspaceContent content, Priority priority, Set<UUID> dismissed, int top)
            throws SQLException {
        Set<UUID> exclude = new HashSet<>(dismissed);
        content.linksOf(priority.id()).forEach(link -> exclude.add(link.planItemId()));
        return suggest(PriorityText.of(content, priority), exclude, top);
    }

    public List<Suggestion> suggest(PriorityText priority, Set<UUID> exclude, int top) throws SQLException {
        Map<String, String> terms = terms(priority);
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder match = new StringBuilder("{text heading} : (");
        boolean first = true;
        for (String term : terms.keySet()) {
            match.append(first ? "" : " OR ").append('"').append(term).append('"');
            first = false;
        }
        match.append(')');
        String sql = "SELECT p.id, p.plan_id, p.number, " + RANK + " AS score, "
                + "snippet(plan_item_search, 1, char(2), char(3), '…', 40) AS snippet "
                + "FROM plan_item_search JOIN plan_item p ON p.seq = plan_item_search.rowid "
                + "WHERE plan_item_search MATCH ? ORDER BY score LIMIT " + (top + exclude.size());
        return workspace.read(connection -> {
            List<Suggestion> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, match.toString());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next() && found.size() < top) {
                        UUID id = UUID.fromString(rows.getString("id"));
                        if (exclude.contains(id)) {
                            continue;
                        }
                        SearchHit hit = new SearchHit(id, UUID.fromString(rows.getString("plan_id")), id,
                                rows.getString("number"), -rows.getDouble("score"), rows.getString("snippet"));
                        List<String> matched = hit.matches().stream().distinct().toList();
                        found.add(new Suggestion(id, hit.planId(), hit.number(), hit.score(), hit.snippet(), matched,
                                reasons(matched, terms)));
                    }
                }
            }
            return found;
        });
    }

    /** Search terms (letters and digits, space separated) and where each came from. */
    Map<String, String> terms(PriorityText priority) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (String word : Thesaurus.normal(priority.all()).split(" ")) {
            if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                terms.putIfAbsent(word, "your wording");
            }
        }
        for (Thesaurus.Match entry : thesaurus.matches(priority.all())) {
            for (String related : entry.related()) {
                String term = Thesaurus.normal(related);
                if (!term.isEmpty()) {
                    terms.putIfAbsent(term, "thesaurus: “" + entry.found() + "” ~ “" + related + "”");
                }
            }
        }
        return terms;
    }

    private static List<String> reasons(List<String> matched, Map<String, String> terms) {
        List<String> reasons = new ArrayList<>();
        for (String word : matched) {
            String folded = Thesaurus.normal(word);
            for (Map.Entry<String, String> term : terms.entrySet()) {
                String stem = term.getKey().length() > 5 ? term.getKey().substring(0, 5) : term.getKey();
                if (folded.startsWith(stem) || term.getKey().toLowerCase(Locale.ROOT).startsWith(folded)) {
                    String reason = "“" + word + "” (" + term.getValue() + ")";
                    if (!reasons.contains(reason)) {
                        reasons.add(reason);
                    }
                    break;
                }
            }
        }
        return reasons;
    }
}
