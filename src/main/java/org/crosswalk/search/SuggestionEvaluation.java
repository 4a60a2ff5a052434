package org.crosswalk.search;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;

/**
 * How good the suggestions are on a workspace: for every priority that has links, the links are
 * hidden (nothing is left out of the ranking) and the suggestions are compared with them.
 */
public final class SuggestionEvaluation {
    private SuggestionEvaluation() {
    }

    /** One priority's figures: recall at 5 and 10, and the reciprocal rank of its first link. */
    public record Row(String priority, int links, double recallAt5, double recallAt10, double reciprocalRank) {
    }

    /** Per-priority rows and their means. */
    public record Result(List<Row> rows, double recallAt5, double recallAt10, double meanReciprocalRank) {
    }

    public static Result run(WorkspaceContent content, Suggester suggester) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (Priority priority : content.priorities()) {
            List<Link> links = content.linksOf(priority.id());
            if (links.isEmpty()) {
                continue;
            }
            Set<UUID> wanted = new HashSet<>();
            links.forEach(l -> wanted.add(l.planItemId()));
            List<Suggester.Suggestion> ranked = suggester.suggest(
                    Suggester.PriorityText.of(content, priority), Set.of(), 10);
            double reciprocal = 0;
            int at5 = 0;
            int at10 = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (wanted.contains(ranked.get(i).itemId())) {
                    reciprocal = reciprocal == 0 ? 1.0 / (i + 1) : reciprocal;
                    at10++;
                    at5 += i < 5 ? 1 : 0;
                }
            }
            rows.add(new Row(priority.title(), wanted.size(), (double) at5 / wanted.size(),
                    (double) at10 / wanted.size(), reciprocal));
        }
        return new Result(rows, mean(rows, Row::recallAt5), mean(rows, Row::recallAt10),
                mean(rows, Row::reciprocalRank));
    }

    private static double mean(List<Row> rows, java.util.function.ToDoubleFunction<Row> value) {
        return rows.stream().mapToDouble(value).average().orElse(0);
    }
}
