package org.crosswalk.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.store.Workspace;

/**
 * Full-text search over the plan items of an open workspace, as a person types: their words in
 * any order, stemmed, accents ignored, the last word matched as the start of a word, the best
 * hits first (BM25, a match in the paragraph number weighing most, then one in the heading, then
 * one in the text), and an exact paragraph number first of all. Uses the workspace file's
 * {@code plan_item_search} index, which triggers keep in step with every edit, undo and redo.
 * Safe to call from any thread; a search waits while an edit is being written.
 */
public final class PlanSearch {
    /** BM25 weight of a match in the item's number ("2.18"). */
    static final double NUMBER_WEIGHT = 10.0;
    /** BM25 weight of a match in the item's text. */
    static final double TEXT_WEIGHT = 1.0;
    /** BM25 weight of a match in the item's heading (its section and chapter titles). */
    static final double HEADING_WEIGHT = 3.0;
    /** Words at most in a snippet (SQLite allows up to 64). */
    static final int SNIPPET_WORDS = 40;
    /** Completions of the word being typed taken from the workspace's vocabulary at most. */
    static final int MAX_COMPLETIONS = 32;

    private static final String BM25 = String.format(Locale.ROOT, "bm25(plan_item_search, %.1f, %.1f, %.1f)",
            NUMBER_WEIGHT, TEXT_WEIGHT, HEADING_WEIGHT);
    private static final String COLUMNS = "p.id, p.plan_id, p.chapter_id, p.number, "
            + "snippet(plan_item_search, 1, char(2), char(3), '…', " + SNIPPET_WORDS + ") AS snippet";

    private final Workspace workspace;

    public PlanSearch(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The items matching {@code query}, best first; none for a query with no letters or digits. */
    public List<SearchHit> search(SearchQuery query) throws SQLException {
        TypedQuery typed = TypedQuery.parse(query.text());
        if (typed.isEmpty()) {
            return List.of();
        }
        return workspace.read(connection -> {
            List<String> completions = typed.completable().isPresent()
                    ? completions(connection, typed.completable().get()) : List.of();
            String match = typed.expression(completions);
            List<SearchHit> hits = new ArrayList<>();
            if (typed.paragraphNumber().isPresent()) {
                hits.addAll(numbered(connection, typed.numberExpression(), typed.paragraphNumber().get(), query));
            }
            Set<UUID> found = new HashSet<>();
            hits.forEach(h -> found.add(h.itemId()));
            List<SearchHit> rest = new ArrayList<>();
            for (SearchHit hit : ranked(connection, match, query, query.limit() + found.size())) {
                if (hits.size() + rest.size() >= query.limit()) {
                    break;
                }
                if (found.add(hit.itemId())) {
                    rest.add(hit);
                }
            }
            hits.addAll(phraseFirst(connection, rest, typed));
            return hits;
        });
    }

    /**
     * Hits whose text has the typed words in the order typed ("diabetes prevention programme
     * supports", pasted from the plan) before the others, each group in rank order. The texts of
     * the hits are read by id: cheaper than a second index query for the phrase.
     */
    private static List<SearchHit> phraseFirst(Connection connection, List<SearchHit> hits, TypedQuery typed)
            throws SQLException {
        if (typed.phrase().isEmpty() || hits.isEmpty()) {
            return hits;
        }
        String phrase = " " + typed.phrase().get() + (typed.lastIsPrefix() ? "" : " ");
        Map<UUID, String> texts = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(hits.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, text FROM plan_item WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < hits.size(); i++) {
                statement.setString(i + 1, hits.get(i).itemId().toString());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.put(UUID.fromString(rows.getString(1)), rows.getString(2));
                }
            }
        }
        List<SearchHit> first = new ArrayList<>();
        List<SearchHit> others = new ArrayList<>();
        for (SearchHit hit : hits) {
            String text = " " + TypedQuery.fold(texts.getOrDefault(hit.itemId(), ""))
                    .replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
            (text.contains(phrase) ? first : others).add(hit);
        }
        first.addAll(others);
        return first;
    }

    /**
     * The SQLite FTS5 MATCH expression a search for {@code typed} runs (empty when it has no
     * letters or digits), for logs and for measuring the index alone.
     */
    public String ftsExpression(String typed) throws SQLException {
        TypedQuery parsed = TypedQuery.parse(typed);
        if (parsed.isEmpty()) {
            return "";
        }
        return workspace.read(connection -> parsed.expression(parsed.completable().isPresent()
                ? completions(connection, parsed.completable().get()) : List.of()));
    }

    /** The rank function of the index's ORDER BY rank, with the column weights. */
    public static String rankFunction() {
        return BM25.replace("plan_item_search, ", "");
    }

    /**
     * Words of the workspace that start with {@code prefix} (folded), from the unstemmed
     * vocabulary, when no stem in the index starts with it: then the prefix alone would find
     * nothing although the words are there ("preventi" of "prevention", stem "prevent"). When a
     * stem does start with it, the prefix finds those words and none are added.
     */
    private static List<String> completions(Connection connection, String prefix) throws SQLException {
        String to = prefix + Character.MAX_VALUE;
        try (PreparedStatement stems = connection.prepareStatement(
                "SELECT 1 FROM plan_item_search_vocab WHERE term >= ? AND term < ? LIMIT 1")) {
            stems.setString(1, prefix);
            stems.setString(2, to);
            try (ResultSet any = stems.executeQuery()) {
                if (any.next()) {
                    return List.of();
                }
            }
        }
        try (PreparedStatement words = connection.prepareStatement("SELECT term FROM plan_item_words_vocab "
                + "WHERE term > ? AND term < ? ORDER BY term LIMIT " + MAX_COMPLETIONS)) {
            words.setString(1, prefix);
            words.setString(2, to);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = words.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    /**
     * The items whose number is {@code number} (written with or without a final dot). The index is
     * read for the number's digits in the number column ({@code match}), which is quicker than
     * looking each numbered item up in it.
     */
    private static List<SearchHit> numbered(Connection connection, String match, String number, SearchQuery query)
            throws SQLException {
        String sql = "SELECT " + COLUMNS + ", " + BM25 + " AS rank "
                + "FROM plan_item_search CROSS JOIN plan_item p ON p.seq = plan_item_search.rowid "
                + "WHERE plan_item_search MATCH ? AND p.number IN (?, ?)" + filters(query)
                + " ORDER BY rank LIMIT " + query.limit();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, match);
            statement.setString(2, number);
            statement.setString(3, number + ".");
            bindFilters(statement, 4, query);
            return hits(statement);
        }
    }

    /**
     * The best {@code limit} matches. The index is read in rank order (its own ORDER BY rank), so
     * only the hits returned get a snippet; without a plan or chapter filter the LIMIT reaches the
     * index too (a query on the index alone), which then keeps only the best rows while ranking.
     */
    private static List<SearchHit> ranked(Connection connection, String match, SearchQuery query, int limit)
            throws SQLException {
        String sql;
        if (query.planId() == null && query.chapterId() == null) {
            sql = "SELECT p.id, p.plan_id, p.chapter_id, p.number, best.snippet, best.rank FROM ("
                    + "SELECT rowid, rank, snippet(plan_item_search, 1, char(2), char(3), '…', " + SNIPPET_WORDS
                    + ") AS snippet FROM plan_item_search WHERE plan_item_search MATCH ? AND rank MATCH ? "
                    + "ORDER BY rank LIMIT " + limit + ") AS best "
                    + "JOIN plan_item p ON p.seq = best.rowid ORDER BY best.rank";
        } else {
            sql = "SELECT " + COLUMNS + ", plan_item_search.rank AS rank "
                    + "FROM plan_item_search CROSS JOIN plan_item p ON p.seq = plan_item_search.rowid "
                    + "WHERE plan_item_search MATCH ? AND plan_item_search.rank MATCH ?" + filters(query)
                    + " ORDER BY plan_item_search.rank LIMIT " + limit;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, match);
            statement.setString(2, rankFunction());
            bindFilters(statement, 3, query);
            return hits(statement);
        }
    }

    private static String filters(SearchQuery query) {
        return (query.planId() != null ? " AND p.plan_id = ?" : "") + (query.chapterId() != null
                ? " AND p.chapter_id = ?" : "");
    }

    private static void bindFilters(PreparedStatement statement, int first, SearchQuery query) throws SQLException {
        int index = first;
        if (query.planId() != null) {
            statement.setString(index++, query.planId().toString());
        }
        if (query.chapterId() != null) {
            statement.setString(index, query.chapterId().toString());
        }
    }

    private static List<SearchHit> hits(PreparedStatement statement) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                hits.add(new SearchHit(UUID.fromString(rows.getString("id")), UUID.fromString(rows.getString("plan_id")),
                        UUID.fromString(rows.getString("chapter_id")), rows.getString("number"),
                        -rows.getDouble("rank"), rows.getString("snippet")));
            }
        }
        return hits;
    }
}
