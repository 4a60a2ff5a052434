package org.crosswalk.ui.mapping;

import java.util.Locale;
import java.util.Optional;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;

/**
 * Why a link waits for review, in words: a short reason for the mapping table, and for the link
 * editor a title, what happened, and the two texts to compare. Plain functions of the content.
 */
public final class ReviewWording {
    private ReviewWording() {
    }

    /**
     * What the link editor shows for a link waiting for review: {@code before} is the text the link
     * was made to (or the link's own paragraph when it is not in the new edition), {@code after} the
     * paragraph it is on now (or, when it is not in the new edition, the one selected in the plan
     * browser; empty text when none is).
     */
    public record Explained(String title, String details, String beforeHeading, String beforeText,
                            String afterHeading, String afterText) {
    }

    /** "the paragraph changed in the new edition", "not in the new edition" ...; "" for no review. */
    public static String reason(WorkspaceContent content, Link link) {
        return switch (link.review()) {
            case NONE -> "";
            case CHANGED -> sameWording(content, link) ? "the quoted words are no longer in the paragraph"
                    : "the paragraph changed in the new edition";
            case VANISHED -> alreadyLinkedLater(content, link).isPresent()
                    ? "its paragraph in the new edition is linked already" : "not in the new edition";
        };
    }

    /** The link editor's wording for a link waiting for review, given the paragraph selected in the plan browser. */
    public static Explained explain(WorkspaceContent content, Link link, Optional<PlanItem> selected) {
        PlanItem item = content.item(link.planItemId()).orElseThrow();
        String priority = content.priority(link.priorityId()).map(p -> "‘" + p.title() + "’").orElse("the priority");
        String title = "Needs review: " + reason(content, link);
        if (link.review() == LinkReview.CHANGED) {
            Optional<Plan> earlier = content.plan(item.planId()).map(Plan::replacesPlanId).flatMap(content::plan);
            String now = "Now: " + where(content, item);
            if (sameWording(content, link)) {
                return new Explained(title, capitalise(name(item)) + " reads the same in " + edition(content,
                        item.planId()) + ", but the words this link quotes are not in it word for word any more. "
                        + "Correct or clear the excerpt below and save, or keep the link as it is.",
                        "Quoted words (excerpt)", link.excerpt() == null ? "" : link.excerpt(), now, item.text());
            }
            return new Explained(title, "This link moved to " + name(item) + " of " + edition(content, item.planId())
                    + ", which is worded differently from the paragraph it was made to. Compare the two: keep the "
                    + "link, link " + priority + " to another paragraph instead, or remove the link.",
                    "Before: " + earlier.map(ReviewWording::editionName).orElse("earlier edition"),
                    link.reviewNote() == null ? "(The earlier wording was not kept.)" : link.reviewNote(),
                    now, item.text());
        }
        String thisLink = "This link: " + where(content, item);
        Optional<PlanItem> later = alreadyLinkedLater(content, link);
        String laterEdition = replacement(content, item.planId()).map(p -> edition(content, p.id()))
                .orElse("the new edition");
        String details = later.isPresent()
                ? "In " + laterEdition + " this is " + name(later.get()) + ", and " + priority
                        + " is linked to it already, so this link to " + edition(content, item.planId())
                        + " is left over. Remove it, or keep it."
                : capitalise(laterEdition) + " has no " + (item.hasNumber() ? "paragraph " + item.number() + " and no "
                        : "") + "paragraph with these words, so this link still points at " + edition(content,
                        item.planId()) + ". If the words moved, find them in the national plan (Ctrl+F), select "
                        + "that paragraph and link to it instead; or keep the link, or remove it.";
        if (selected.isPresent() && !selected.get().id().equals(item.id())) {
            return new Explained(title, details, thisLink, item.text(),
                    "Selected in the national plan: " + where(content, selected.get()), selected.get().text());
        }
        return new Explained(title, details, thisLink, item.text(), "Selected in the national plan: nothing yet",
                "Select the paragraph that took its place in the national plan pane on the right, to compare it "
                        + "here and link to it instead.");
    }

    /** "2.19, July 2025 edition (NHS LTP p. 37)". */
    static String where(WorkspaceContent content, PlanItem item) {
        String what = item.hasNumber() ? item.number() : item.kind().displayName();
        return what + ", " + content.plan(item.planId()).map(ReviewWording::editionName).orElse("") + " "
                + content.citation(item);
    }

    /** "July 2025 edition", or the plan's title when it names no edition. */
    static String editionName(Plan plan) {
        return plan.edition() == null || plan.edition().isBlank() ? plan.title() : plan.edition() + " edition";
    }

    /** "the July 2025 edition" for use inside a sentence. */
    static String edition(WorkspaceContent content, java.util.UUID planId) {
        return content.plan(planId).map(p -> p.edition() == null || p.edition().isBlank() ? "“" + p.title() + "”"
                : "the " + p.edition() + " edition").orElse("the new edition");
    }

    /** "paragraph 2.19", "this case study". */
    static String name(PlanItem item) {
        return item.hasNumber() ? "paragraph " + item.number()
                : "this " + item.kind().displayName().toLowerCase(Locale.ROOT);
    }

    /** The plan that replaces {@code planId}, if any. */
    static Optional<Plan> replacement(WorkspaceContent content, java.util.UUID planId) {
        return content.plans().stream().filter(p -> planId.equals(p.replacesPlanId())).findFirst();
    }

    /** A changed link whose paragraph reads the same: only its excerpt went missing. */
    private static boolean sameWording(WorkspaceContent content, Link link) {
        return link.reviewNote() != null && content.item(link.planItemId())
                .map(i -> i.fingerprint().equals(org.crosswalk.model.Fingerprint.of(link.reviewNote()))).orElse(false);
    }

    /**
     * For a link left on the earlier edition: the new edition's paragraph with the same number or
     * words, when the link's priority is linked to it already (two links met in one paragraph).
     */
    private static Optional<PlanItem> alreadyLinkedLater(WorkspaceContent content, Link link) {
        Optional<PlanItem> item = content.item(link.planItemId());
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Optional<Plan> later = replacement(content, item.get().planId());
        return later.flatMap(plan -> content.planItems(plan.id()).stream()
                .filter(i -> i.fingerprint().equals(item.get().fingerprint())
                        || (i.hasNumber() && item.get().hasNumber() && number(i).equals(number(item.get()))))
                .filter(i -> content.link(link.priorityId(), i.id()).isPresent())
                .findFirst());
    }

    private static String number(PlanItem item) {
        return item.number().strip().replaceAll("\\.+$", "");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
