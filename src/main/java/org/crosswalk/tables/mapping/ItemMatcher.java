package org.crosswalk.tables.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;

/**
 * Finds the items of one plan that a {@link CitedPassage} names: a paragraph number names the
 * item with that number; a quote (numbered or not) the item whose text holds it, once quotes,
 * dashes, spacing and case are folded, the cited page preferred. A quote that is only part of
 * its item becomes the link's excerpt, cut from the plan's own text.
 */
public final class ItemMatcher {
    /** Shorter quotes ("the NHS") would find almost any paragraph. */
    static final int SHORTEST_QUOTE = 20;

    private final Plan plan;
    private final List<PlanItem> items;
    private final Map<String, PlanItem> byNumber = new LinkedHashMap<>();
    private final Map<PlanItem, FoldedText> folded = new LinkedHashMap<>();

    public ItemMatcher(Plan plan, List<PlanItem> items) {
        this.plan = plan;
        this.items = List.copyOf(items);
        for (PlanItem item : this.items) {
            if (item.hasNumber()) {
                byNumber.putIfAbsent(item.number(), item);
            }
            folded.put(item, FoldedText.of(item.text()));
        }
    }

    public Plan plan() {
        return plan;
    }

    /** An item found, with the excerpt to quote (null: the whole item). */
    public record Found(PlanItem item, String excerpt) {
    }

    /** What a passage named: the items found and, for what was not, why (for the person to check). */
    public record Result(List<Found> found, List<String> problems) {
    }

    /** The item with exactly this number, if the plan has it ("2.18" or "2.18."). */
    public PlanItem byNumber(String number) {
        return byNumber.get(number.strip().replaceFirst("\\.$", ""));
    }

    public Result match(CitedPassage passage) {
        List<Found> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        FoldedText quote = FoldedText.of(passage.quote());
        if (!passage.numbers().isEmpty()) {
            for (String number : passage.numbers()) {
                PlanItem item = byNumber(number);
                if (item != null) {
                    found.add(new Found(item, passage.numbers().size() == 1 ? excerpt(item, quote) : null));
                } else {
                    Found byQuote = passage.numbers().size() == 1 ? byQuote(passage.quote(), passage.page()) : null;
                    if (byQuote != null) {
                        found.add(byQuote);
                    } else {
                        problems.add("paragraph " + number + " is not in " + plan.label());
                    }
                }
            }
        } else if (passage.hasQuote()) {
            Found byQuote = byQuote(passage.quote(), passage.page());
            if (byQuote != null) {
                found.add(byQuote);
            } else {
                problems.add("no paragraph of " + plan.label() + " holds this wording"
                        + (passage.page() == null ? "" : " (page " + passage.page() + " was cited)"));
            }
        } else {
            problems.add("a page alone does not say which paragraph is meant");
        }
        return new Result(found, problems);
    }

    /** The item holding the quote, preferring the cited page; null when none does. */
    public Found byQuote(String quote, Integer page) {
        for (String wording : wordings(quote)) {
            FoldedText wanted = FoldedText.of(wording);
            if (wanted.folded().length() < SHORTEST_QUOTE) {
                continue;
            }
            List<PlanItem> holding = items.stream().filter(i -> folded.get(i).contains(wanted)).toList();
            PlanItem best = holding.stream().filter(i -> Objects.equals(i.page(), page)).findFirst()
                    .orElse(holding.isEmpty() ? null : holding.get(0));
            if (best != null) {
                return new Found(best, excerpt(best, wanted));
            }
        }
        return byElidedQuote(quote, page);
    }

    /** The quote as written, then without a list number an officer typed before it ("16. Looking …"). */
    private static List<String> wordings(String quote) {
        String clean = quote.strip().replaceFirst("(?:\\.\\.\\.|\u2026)$", "").strip();
        String unlisted = clean.replaceFirst("^\\d{1,3}[.)]\\s+", "");
        return unlisted.equals(clean) ? List.of(clean) : List.of(clean, unlisted);
    }

    /** A quote with parts left out ("… (...) …"): every part in its item, in order; the whole item is linked. */
    private Found byElidedQuote(String quote, Integer page) {
        String[] parts = quote.split("\\(\\s*(?:\\.\\.\\.|\u2026)\\s*\\)|\\[\\s*(?:\\.\\.\\.|\u2026)\\s*]|\\.\\.\\.|\u2026");
        if (parts.length < 2) {
            return null;
        }
        PlanItem fallback = null;
        for (PlanItem item : items) {
            if (holdsInOrder(folded.get(item).folded(), parts)) {
                if (Objects.equals(item.page(), page)) {
                    return new Found(item, null);
                }
                fallback = fallback == null ? item : fallback;
            }
        }
        return fallback == null ? null : new Found(fallback, null);
    }

    private static boolean holdsInOrder(String text, String[] parts) {
        int from = 0;
        int longest = 0;
        for (String part : parts) {
            String wanted = FoldedText.fold(part);
            if (wanted.isEmpty()) {
                continue;
            }
            int at = text.indexOf(wanted, from);
            if (at < 0) {
                return false;
            }
            from = at + wanted.length();
            longest = Math.max(longest, wanted.length());
        }
        return longest >= SHORTEST_QUOTE;
    }

    /** The plan's own wording of a quote that is part of the item; null for the whole item or no quote. */
    private static String lettersOf(FoldedText text) {
        return text.folded().replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private String excerpt(PlanItem item, FoldedText quote) {
        FoldedText text = folded.get(item);
        if (quote.isEmpty() || !text.contains(quote) || lettersOf(text).equals(lettersOf(quote))) {
            return null;
        }
        return text.originalOf(quote);
    }
}
