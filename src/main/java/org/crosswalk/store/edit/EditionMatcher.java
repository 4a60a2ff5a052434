package org.crosswalk.store.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Fingerprint;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.store.edit.EditionPreview.LinkOutcome;
import org.crosswalk.store.edit.EditionPreview.Outcome;
import org.crosswalk.store.edit.EditionPreview.Reason;

/**
 * Finds, for each link to an item of the earlier edition, its item in the new edition. The same
 * text (by {@link Fingerprint}) under the same number is carried over; otherwise the same text
 * anywhere in the new edition (a renumbered paragraph) is carried over; otherwise the paragraph with
 * the same number is taken, flagged 'changed'; otherwise the link stays, flagged 'vanished'.
 * Pure: the same answer for the preview (from loaded content) and for the edit (from rows).
 */
final class EditionMatcher {
    private EditionMatcher() {
    }

    /**
     * @param earlierItems the earlier edition's items, in order
     * @param links the links to those items
     */
    static EditionPreview match(UUID earlierPlanId, List<PlanItem> earlierItems, List<Link> links,
                                PlanContent newEdition) {
        Map<String, PlanItem> newByNumber = new HashMap<>();
        Map<String, List<PlanItem>> newByText = new HashMap<>();
        for (PlanItem item : newEdition.items()) {
            if (item.hasNumber()) {
                newByNumber.putIfAbsent(number(item), item);
            }
            newByText.computeIfAbsent(Fingerprint.of(item.text()), f -> new ArrayList<>()).add(item);
        }
        // The k-th of several earlier items with one text matches the k-th such item of the new edition.
        Map<UUID, Integer> occurrence = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<UUID, PlanItem> earlierById = new HashMap<>();
        for (PlanItem item : earlierItems) {
            earlierById.put(item.id(), item);
            occurrence.put(item.id(), seen.merge(Fingerprint.of(item.text()), 1, Integer::sum) - 1);
        }

        List<LinkOutcome> outcomes = new ArrayList<>();
        for (Link link : links) {
            PlanItem earlier = earlierById.get(link.planItemId());
            if (earlier == null) {
                throw new IllegalArgumentException("Link " + link.id() + " is not to an item of the earlier edition");
            }
            outcomes.add(outcome(link, earlier, newByNumber, newByText, occurrence.get(earlier.id())));
        }
        return new EditionPreview(earlierPlanId, newEdition.plan().id(), resolveClashes(outcomes, links));
    }

    private static LinkOutcome outcome(Link link, PlanItem earlier, Map<String, PlanItem> newByNumber,
                                       Map<String, List<PlanItem>> newByText, int occurrence) {
        String text = Fingerprint.of(earlier.text());
        PlanItem sameNumber = earlier.hasNumber() ? newByNumber.get(number(earlier)) : null;
        List<PlanItem> sameText = newByText.getOrDefault(text, List.of());
        PlanItem target;
        Reason reason;
        if (sameNumber != null && Fingerprint.of(sameNumber.text()).equals(text)) {
            target = sameNumber;
            reason = Reason.SAME_TEXT;
        } else if (!sameText.isEmpty()) {
            target = sameText.get(Math.min(occurrence, sameText.size() - 1));
            reason = Objects.equals(number(earlier), number(target)) ? Reason.SAME_TEXT : Reason.RENUMBERED;
        } else if (sameNumber != null) {
            return changed(link, earlier, sameNumber, Reason.TEXT_CHANGED);
        } else {
            return vanished(link, earlier, Reason.NOT_FOUND);
        }
        if (link.hasExcerpt() && !normalise(target.text()).contains(normalise(link.excerpt()))) {
            return changed(link, earlier, target, Reason.EXCERPT_GONE);
        }
        return new LinkOutcome(link.id(), link.priorityId(), earlier.id(), target.id(), Outcome.CARRIED, reason,
                link.reviewNote());
    }

    private static LinkOutcome changed(Link link, PlanItem earlier, PlanItem target, Reason reason) {
        // A link still waiting for review since an even earlier edition keeps the text it was made to.
        String note = link.review() == LinkReview.CHANGED && link.reviewNote() != null
                ? link.reviewNote() : earlier.text();
        return new LinkOutcome(link.id(), link.priorityId(), earlier.id(), target.id(), Outcome.CHANGED, reason, note);
    }

    private static LinkOutcome vanished(Link link, PlanItem earlier, Reason reason) {
        return new LinkOutcome(link.id(), link.priorityId(), earlier.id(), null, Outcome.VANISHED, reason,
                link.reviewNote());
    }

    /**
     * A priority links an item at most once: when two of its links would move to the same new item
     * (two paragraphs merged into one), the better match moves (carried before changed, then the
     * first in the priority's order) and the others stay where they are, flagged 'vanished'.
     */
    private static List<LinkOutcome> resolveClashes(List<LinkOutcome> outcomes, List<Link> links) {
        Map<UUID, Integer> position = new HashMap<>();
        links.forEach(l -> position.put(l.id(), l.position()));
        Map<List<UUID>, List<LinkOutcome>> byTarget = new LinkedHashMap<>();
        for (LinkOutcome outcome : outcomes) {
            if (outcome.newItemId() != null) {
                byTarget.computeIfAbsent(List.of(outcome.priorityId(), outcome.newItemId()), k -> new ArrayList<>())
                        .add(outcome);
            }
        }
        Set<UUID> losers = new HashSet<>();
        for (List<LinkOutcome> group : byTarget.values()) {
            group.stream().sorted(Comparator.comparing(LinkOutcome::outcome)
                            .thenComparing(o -> position.get(o.linkId())))
                    .skip(1).forEach(o -> losers.add(o.linkId()));
        }
        Map<UUID, Link> linkById = new HashMap<>();
        links.forEach(l -> linkById.put(l.id(), l));
        List<LinkOutcome> resolved = new ArrayList<>();
        for (LinkOutcome outcome : outcomes) {
            resolved.add(losers.contains(outcome.linkId())
                    ? new LinkOutcome(outcome.linkId(), outcome.priorityId(), outcome.earlierItemId(), null,
                            Outcome.VANISHED, Reason.ALREADY_LINKED, linkById.get(outcome.linkId()).reviewNote())
                    : outcome);
        }
        return resolved;
    }

    /** "2.18" for "2.18", "2.18." and " 2.18 "; null for an unnumbered item. */
    static String number(PlanItem item) {
        if (!item.hasNumber()) {
            return null;
        }
        String number = item.number().strip().toLowerCase(Locale.ROOT);
        while (number.endsWith(".")) {
            number = number.substring(0, number.length() - 1);
        }
        return number;
    }

    /** Spacing ignored, as when an excerpt is checked against its item ({@link LinkEdits#editLink}). */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
