package org.crosswalk.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;

/**
 * Proposes plan items for a local priority. The priority's wording becomes concepts (its words,
 * and the thesaurus groups they touch; see {@link PriorityConcepts}). Candidates come from BM25
 * over the workspace's full-text index for all the concepts' terms; each candidate then scores
 * the sum, over the concepts it contains, of the concept's weight times the rarity (IDF) of its
 * best term found, a little more when found in the section heading, plus a small share of its
 * BM25 score for how much it says about them. Items already linked are left out. Each
 * suggestion says which words matched and where they came from.
 */
public final class Suggester {
    /** BM25 weights of the index's columns: number, text, heading. */
    private static final String RANK = "bm25(plan_item_search, 0.0, 1.0, 2.0)";
    private static final int CANDIDATES = 150;
    private static final double HEADING = 1.25;
    private static final double BM25_SHARE = 0.1;
    private static final double REPEATED = 0.7;

    private final Workspace workspace;
    private final Thesaurus thesaurus;
    private final Set<String> ignored = Thesaurus.ignoredWords();
    private final TermStatistics statistics = new TermStatistics();

    public Suggester(Workspace workspace, Thesaurus thesaurus) {
        this.workspace = workspace;
        this.thesaurus = thesaurus;
    }

    /** A priority described by its words; it need not exist in the workspace. */
    public record PriorityText(String title, List<String> subItems, String note) {
        public PriorityText {
            title = title == null ? "" : title;
            subItems = List.copyOf(subItems == null ? List.of() : subItems);
            note = note == null ? "" : note;
        }

        /** A priority of the workspace, described by its title, sub-items and note. */
        public static PriorityText of(WorkspaceContent content, Priority priority) {
            return new PriorityText(priority.title(),
                    content.subItemsOf(priority.id()).stream().map(SubItem::text).toList(), priority.note());
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
        List<PriorityConcepts.Concept> concepts = PriorityConcepts.of(priority, thesaurus, ignored);
        Map<String, String> reasons = new LinkedHashMap<>();
        concepts.forEach(c -> c.terms().forEach(t -> reasons.putIfAbsent(t.text(), t.reason())));
        if (reasons.isEmpty() || top <= 0) {
            return List.of();
        }
        return workspace.read(connection -> {
            statistics.refresh(connection);
            Map<String, Double> rarity = new HashMap<>();
            for (String term : reasons.keySet()) {
                rarity.put(term, statistics.rarity(connection, term));
            }
            List<Candidate> candidates = candidates(connection, searchTerms(concepts, rarity), exclude);
            score(concepts, rarity, candidates);
            candidates.sort(Comparator.comparingDouble(Candidate::total).reversed());
            List<Suggestion> found = new ArrayList<>();
            for (Candidate candidate : candidates.subList(0, Math.min(top, candidates.size()))) {
                Set<String> terms = candidate.found;
                List<String> matched = candidate.text.words(terms);
                candidate.heading.words(terms).stream().filter(w -> !matched.contains(w)).forEach(matched::add);
                found.add(new Suggestion(candidate.itemId, candidate.planId, candidate.number, candidate.total,
                        candidate.text.marked(terms), List.copyOf(matched), reasonsFor(candidate, reasons)));
            }
            return found;
        });
    }

    /**
     * The terms that pick the candidates: those found in at most a tenth of the items (or in no
     * more items than are taken), since a word nearly every item uses would make every item a
     * candidate and cost time for nothing;
     * but every concept keeps at least its rarest term, so none is lost. Every term still counts
     * when the candidates are scored.
     */
    private Set<String> searchTerms(List<PriorityConcepts.Concept> concepts, Map<String, Double> rarity) {
        Set<String> chosen = new LinkedHashSet<>();
        for (PriorityConcepts.Concept concept : concepts) {
            String rarest = null;
            for (PriorityConcepts.Term term : concept.terms()) {
                double value = rarity.get(term.text());
                if (!statistics.common(term.text(), CANDIDATES)) {
                    chosen.add(term.text());
                }
                if (rarest == null || value > rarity.get(rarest)) {
                    rarest = term.text();
                }
            }
            chosen.add(rarest);
        }
        return chosen;
    }

    /** An item found for the terms: its text and heading ready to match, its BM25 and concept scores. */
    private static final class Candidate {
        final UUID itemId;
        final UUID planId;
        final String number;
        final TermMatcher text;
        final TermMatcher heading;
        final double bm25;
        /** Every term found, to mark in the text. */
        final Set<String> found = new LinkedHashSet<>();
        /** Per concept found, its terms found, the one that counted first: the reasons. */
        final List<List<String>> concepts = new ArrayList<>();
        double total;

        Candidate(ResultSet row) throws SQLException {
            itemId = UUID.fromString(row.getString("id"));
            planId = UUID.fromString(row.getString("plan_id"));
            number = row.getString("number");
            text = new TermMatcher(row.getString("text"));
            heading = new TermMatcher(row.getString("heading") == null ? "" : row.getString("heading"));
            bm25 = -row.getDouble("score");
        }

        double total() {
            return total;
        }
    }

    private static List<Candidate> candidates(Connection connection, Set<String> terms, Set<UUID> exclude)
            throws SQLException {
        // The best rows are chosen inside the index before the join, so only they are looked up.
        String sql = "SELECT p.id, p.plan_id, p.number, p.text, found.heading, found.score FROM (SELECT rowid, heading, "
                + RANK + " AS score FROM plan_item_search WHERE plan_item_search MATCH ? ORDER BY score LIMIT "
                + (CANDIDATES + exclude.size()) + ") found JOIN plan_item p ON p.seq = found.rowid ORDER BY found.score";
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, anyOf(terms));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && candidates.size() < CANDIDATES) {
                    if (!exclude.contains(UUID.fromString(rows.getString("id")))) {
                        candidates.add(new Candidate(rows));
                    }
                }
            }
        }
        return candidates;
    }

    /**
     * Each candidate scores, over the concepts it contains, the concept's weight times the
     * rarity of its best term found (a little more in the section heading), plus a small share
     * of its BM25 score, which rewards saying more about the terms.
     */
    private static void score(List<PriorityConcepts.Concept> concepts, Map<String, Double> rarity,
                              List<Candidate> candidates) {
        double bestBm25 = candidates.stream().mapToDouble(c -> c.bm25).max().orElse(1);
        Map<String, List<String>> stems = new HashMap<>();
        rarity.keySet().forEach(term -> stems.put(term, Thesaurus.stems(term)));
        double bestConcepts = 0;
        for (Candidate candidate : candidates) {
            double sum = 0;
            for (PriorityConcepts.Concept concept : concepts) {
                double best = 0;
                String counted = null;
                for (PriorityConcepts.Term term : concept.terms()) {
                    boolean inHeading = candidate.heading.containsStems(stems.get(term.text()));
                    if (inHeading || candidate.text.containsStems(stems.get(term.text()))) {
                        candidate.found.add(term.text());
                        double value = term.weight() * rarity.get(term.text()) * (inHeading ? HEADING : 1);
                        if (value > best) {
                            best = value;
                            counted = term.text();
                        }
                    }
                }
                if (counted != null) {
                    List<String> terms = new ArrayList<>(List.of(counted));
                    for (PriorityConcepts.Term term : concept.terms()) {
                        if (!term.text().equals(counted) && candidate.found.contains(term.text())) {
                            terms.add(term.text());
                        }
                    }
                    candidate.concepts.add(terms);
                }
                sum += concept.weight() * best;
            }
            candidate.total = sum;
            bestConcepts = Math.max(bestConcepts, sum);
        }
        for (Candidate candidate : candidates) {
            candidate.total += bestBm25 > 0 ? BM25_SHARE * bestConcepts * candidate.bm25 / bestBm25 : 0;
        }
        // A summary line that repeats a fuller paragraph also found gives way to it.
        for (Candidate candidate : candidates) {
            if (candidates.stream().anyMatch(other -> other != candidate && other.planId.equals(candidate.planId)
                    && other.found.containsAll(candidate.found) && candidate.text.repeatedIn(other.text))) {
                candidate.total *= REPEATED;
            }
        }
    }

    /** An FTS5 query for any of the terms (each a phrase of plain words) in an item's text or heading. */
    static String anyOf(Set<String> terms) {
        return "{text heading} : (" + terms.stream().map(t -> '"' + t + '"').collect(Collectors.joining(" OR "))
                + ")";
    }

    /**
     * Why the item was suggested: per concept it contains, the terms found (the one that counted
     * first; a term that found no word the earlier ones had not is left out) and whether each is
     * the priority's own word or the thesaurus entry that brought it.
     */
    private static List<String> reasonsFor(Candidate candidate, Map<String, String> reasons) {
        List<String> why = new ArrayList<>();
        for (List<String> concept : candidate.concepts) {
            Set<String> words = new HashSet<>();
            for (String term : concept) {
                List<String> found = candidate.text.words(Set.of(term));
                found = found.isEmpty() ? candidate.heading.words(Set.of(term)) : found;
                if (words.addAll(found) || term.equals(concept.get(0))) {
                    why.add("“" + term + "” (" + reasons.get(term) + ")");
                }
            }
        }
        return why;
    }
}
