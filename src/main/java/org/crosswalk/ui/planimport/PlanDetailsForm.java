package org.crosswalk.ui.planimport;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.model.Plan;
import org.crosswalk.plans.reading.PlanDetails;

/** What the person says about the plan being imported: title, short label for citations, edition. */
public final class PlanDetailsForm {
    static final int MAX_LABEL = 20;

    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty label = new SimpleStringProperty("");
    public final StringProperty edition = new SimpleStringProperty("");

    /** What is missing, in words; empty when all is well. */
    public Optional<String> problem() {
        String label = text(this.label);
        if (text(title).isEmpty()) {
            return Optional.of("Give the plan a title, such as “The NHS Long Term Plan”.");
        }
        if (label.isEmpty()) {
            return Optional.of("Give the plan a short label for citations, such as “NHS LTP”: it appears after "
                    + "every quote in the board paper, as in “(NHS LTP p. 37)”.");
        }
        if (label.length() > MAX_LABEL) {
            return Optional.of("Keep the short label to " + MAX_LABEL + " characters or fewer: it appears after "
                    + "every quote, as in “(NHS LTP p. 37)”.");
        }
        if (text(edition).isEmpty()) {
            return Optional.of("Say which edition this is, such as “January 2019”, so it can be told apart from "
                    + "later versions of the plan.");
        }
        return Optional.empty();
    }

    /**
     * The plan in the workspace this one would be the new edition of: the one with the same label
     * (ignoring case) that no later edition replaces yet, as {@code crosswalk import-plan} decides.
     */
    public Optional<Plan> earlierEdition(List<Plan> inWorkspace) {
        String wanted = text(label);
        return inWorkspace.stream().filter(p -> p.label().strip().equalsIgnoreCase(wanted))
                .filter(p -> inWorkspace.stream().noneMatch(later -> p.id().equals(later.replacesPlanId())))
                .findFirst();
    }

    /** The details as entered (call {@link #problem} first); {@code source} says where the plan came from. */
    public PlanDetails details(String source) {
        return new PlanDetails(text(title), text(label), text(edition), null, null, source);
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }
}
