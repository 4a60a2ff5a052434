package org.crosswalk.tables.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crosswalk.model.Plan;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.reading.TableReadException;

/**
 * Which plan of the workspace a table's citations are matched in: the one asked for by label;
 * else the only plan; else the plan the citations name most ("(NHS LTP p. 37)"). A plan that a
 * later edition replaces is passed over: tables are imported to be kept up to date.
 */
final class PlanChoice {
    private PlanChoice() {
    }

    static Plan choose(WorkspaceContent workspace, String label, Collection<String> citedLabels)
            throws TableReadException {
        List<Plan> current = current(workspace);
        if (label != null && !label.isBlank()) {
            return byLabel(workspace, label).orElseThrow(() -> new TableReadException("The workspace has no plan "
                    + "labelled “" + label.strip() + "”. " + known(current)));
        }
        if (current.isEmpty()) {
            throw new TableReadException("The workspace has no national plan to link the table's paragraphs to. "
                    + "Add the plan first (File > Add Plan, or crosswalk import-plan), then import the table.");
        }
        if (current.size() == 1) {
            return current.get(0);
        }
        Plan best = null;
        long bestCount = 0;
        for (Plan plan : current) {
            long count = citedLabels.stream().filter(cited -> names(cited, plan)).count();
            if (count > bestCount) {
                best = plan;
                bestCount = count;
            }
        }
        if (best == null) {
            throw new TableReadException("The workspace has several plans and the table's citations do not say "
                    + "which one they quote. " + known(current) + " Choose one of them.");
        }
        return best;
    }

    /** The current edition of the plan with this label (ignoring case), if any. */
    static java.util.Optional<Plan> byLabel(WorkspaceContent workspace, String label) {
        return current(workspace).stream().filter(p -> p.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    private static List<Plan> current(WorkspaceContent workspace) {
        return workspace.plans().stream().filter(p -> workspace.plans().stream()
                .noneMatch(later -> p.id().equals(later.replacesPlanId()))).toList();
    }

    private static String known(List<Plan> plans) {
        return plans.isEmpty() ? "It has no plans yet."
                : "Its plans are labelled " + plans.stream().map(p -> "“" + p.label() + "”")
                .collect(Collectors.joining(", ")) + ".";
    }

    /** "NHS LTP", "nhs-ltp" and "LTP" all name the plan labelled "NHS LTP". */
    private static boolean names(String cited, Plan plan) {
        String citedKey = key(cited);
        String planKey = key(plan.label());
        return !citedKey.isEmpty() && (citedKey.contains(planKey) || planKey.contains(citedKey));
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
