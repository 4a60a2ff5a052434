package org.crosswalk.search;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.crosswalk.model.Link;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;

/**
 * How good the suggestions are: for each priority, the items a person linked are compared with
 * the top 10 suggestions. On a workspace, every priority that has links is measured with its
 * links hidden (nothing is left out of the ranking).
 */
public final class SuggestionEvaluation {
    private SuggestionEvaluation() {
    }

    /** A priority and the items a person linked to it. */
    public record Case(Suggester.PriorityText priority, Set<UUID> wanted) {
        public Case {
            wanted = Set.copyOf(wanted);
        }
    }

    /** One priority's figures: recall at 5 and 10, and the reciprocal rank of its first link. */
    public record Row(String priority, int links, double recallAt5, double recallAt10, double reciprocalRank) {
    }

    /** Per-priority rows and their means. */
    public record Result(List<Row> rows, double recallAt5, double recallAt10, double meanReciprocalRank) {
    }

    public static Result run(WorkspaceContent content, Suggester suggester) throws SQLException {
        List<Case> cases = new ArrayList<>();
        for (Priority priority : content.priorities()) {
            List<Link> links = content.linksOf(priority.id());
            if (!links.isEmpty()) {
                Set<UUID> wanted = new HashSet<>();
                links.forEach(l -> wanted.add(l.planItemId()));
                cases.add(new Case(Suggester.PriorityText.of(content, priority), wanted));
            }
        }
        return run(cases, suggester);
    }

    public static Result run(List<Case> cases, Suggester suggester) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (Case measured : cases) {
            List<Suggester.Suggestion> ranked = suggester.suggest(measured.priority(), Set.of(), 10);
            double reciprocal = 0;
            int at5 = 0;
            int at10 = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (measured.wanted().contains(ranked.get(i).itemId())) {
                    reciprocal = reciprocal == 0 ? 1.0 / (i + 1) : reciprocal;
                    at10++;
                    at5 += i < 5 ? 1 : 0;
                }
            }
            int wanted = measured.wanted().size();
            rows.add(new Row(measured.priority().title(), wanted, (double) at5 / wanted, (double) at10 / wanted,
                    reciprocal));
        }
        return new Result(rows, mean(rows, Row::recallAt5), mean(rows, Row::recallAt10),
                mean(rows, Row::reciprocalRank));
    }

    private static double mean(List<Row> rows, ToDoubleFunction<Row> value) {
        return rows.stream().mapToDouble(value).average().orElse(0);
    }
}
