package org.crosswalk.export.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.model.Plan;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;

/**
 * How far a workspace's priorities are backed by its national plans, theme by theme, and which
 * parts of each plan no priority addresses: what the coverage view shows.
 *
 * @param totals the whole workspace in numbers
 * @param themes one entry per theme, in display order
 * @param plans  one entry per plan, in display order
 */
public record Coverage(Totals totals, List<ThemeCoverage> themes, List<PlanCoverage> plans) {
    public Coverage {
        themes = List.copyOf(themes);
        plans = List.copyOf(plans);
    }

    /** Works out the coverage of {@code content}. */
    public static Coverage of(WorkspaceContent content) {
        List<ThemeCoverage> themes = new ArrayList<>();
        for (Theme theme : content.themes()) {
            themes.add(ThemeCoverage.of(theme, content));
        }
        List<PlanCoverage> plans = new ArrayList<>();
        for (Plan plan : content.plans()) {
            plans.add(PlanCoverage.of(plan, content));
        }
        return new Coverage(Totals.of(themes, content.links().size()), themes, plans);
    }

    /** The plan a heat map starts with: the one with the most links (the first on a tie), if any. */
    public Optional<PlanCoverage> mostLinkedPlan() {
        PlanCoverage best = null;
        for (PlanCoverage plan : plans) {
            if (best == null || plan.linkCount() > best.linkCount()) {
                best = plan;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The coverage of one plan. */
    public Optional<PlanCoverage> plan(UUID planId) {
        return plans.stream().filter(p -> p.plan().id().equals(planId)).findFirst();
    }

    /**
     * The workspace in numbers.
     *
     * @param backed    priorities with at least one link to a plan paragraph
     * @param noMention priorities the board states the plans do not mention
     * @param notMapped priorities with neither yet
     */
    public record Totals(int priorities, int backed, int noMention, int notMapped, int links) {
        static Totals of(List<ThemeCoverage> themes, int links) {
            int backed = 0;
            int noMention = 0;
            int notMapped = 0;
            for (ThemeCoverage theme : themes) {
                backed += theme.backed().size();
                noMention += theme.noMention().size();
                notMapped += theme.notMapped().size();
            }
            return new Totals(backed + noMention + notMapped, backed, noMention, notMapped, links);
        }
    }

    /** One theme's priorities sorted by their backing, each list in display order. */
    public record ThemeCoverage(Theme theme, List<Priority> backed, List<Priority> noMention,
                                List<Priority> notMapped) {
        public ThemeCoverage {
            backed = List.copyOf(backed);
            noMention = List.copyOf(noMention);
            notMapped = List.copyOf(notMapped);
        }

        static ThemeCoverage of(Theme theme, WorkspaceContent content) {
            List<Priority> backed = new ArrayList<>();
            List<Priority> noMention = new ArrayList<>();
            List<Priority> notMapped = new ArrayList<>();
            for (Priority priority : content.prioritiesOf(theme.id())) {
                if (!content.linksOf(priority.id()).isEmpty()) {
                    backed.add(priority);
                } else if (priority.isNoMention()) {
                    noMention.add(priority);
                } else {
                    notMapped.add(priority);
                }
            }
            return new ThemeCoverage(theme, backed, noMention, notMapped);
        }

        public int priorities() {
            return backed.size() + noMention.size() + notMapped.size();
        }
    }
}
