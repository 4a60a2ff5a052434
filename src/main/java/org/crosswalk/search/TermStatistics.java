package org.crosswalk.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How rare each search term is among the workspace's plan items (inverse document frequency),
 * remembered until the workspace changes: drafting for a hundred priorities asks for the same
 * thesaurus terms again and again.
 */
final class TermStatistics {
    private final Map<String, Long> having = new HashMap<>();

    private final Map<String, Double> rarity = new HashMap<>();
    private long items = -1;
    private long lastSeq = -1;

    /**
     * Forgets what it knew when plan items were added or removed since (items are never edited
     * once imported: a plan changes by a new edition), and counts the items.
     */
    void refresh(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*), coalesce(max(seq), 0) FROM plan_item"); ResultSet rows = statement.executeQuery()) {
            rows.next();
            if (rows.getLong(1) != items || rows.getLong(2) != lastSeq) {
                rarity.clear();
                having.clear();
                items = rows.getLong(1);
                lastSeq = rows.getLong(2);
            }
        }
    }

    /**
     * Whether a term is too common to pick candidates: found in more than a tenth of the items,
     * and in more items than {@code pool}. Call {@link #rarity} for the term first.
     */
    boolean common(String term, int pool) {
        long count = having.getOrDefault(term, 0L);
        return count > pool && count > items / 10;
    }

    /** ln(1 + (N - n + 0.5) / (n + 0.5)) for a term in n of N items, as BM25 weighs it. */
    double rarity(Connection connection, String term) throws SQLException {
        Double known = rarity.get(term);
        if (known == null) {
            long having;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM plan_item_search WHERE plan_item_search MATCH ?")) {
                statement.setString(1, Suggester.anyOf(Set.of(term)));
                try (ResultSet rows = statement.executeQuery()) {
                    having = rows.next() ? rows.getLong(1) : 0;
                }
            }
            known = Math.log(1 + (items - having + 0.5) / (having + 0.5));
            rarity.put(term, known);
            this.having.put(term, having);
        }
        return known;
    }
}
