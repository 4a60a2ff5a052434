package org.crosswalk.plans.reading;

import java.util.Locale;
import java.util.Set;

/** A short label for citations, suggested from a plan's title: "The NHS Long Term Plan" → "NHS LTP". */
public final class PlanLabels {
    private static final Set<String> SMALL_WORDS = Set.of("the", "a", "an", "of", "for", "and", "to", "in", "on", "our");

    private PlanLabels() {
    }

    public static String suggest(String title) {
        String main = title.replaceAll("\\(.*?\\)", " ").replaceAll("[:–—].*$", " ").strip();
        if (main.isEmpty()) {
            return title.strip();
        }
        if (main.length() <= 16) {
            return main;
        }
        StringBuilder acronyms = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (String word : main.split("\\s+")) {
            String bare = word.replaceAll("[^\\p{L}\\p{N}]", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT)) && initials.length() == 0) {
                acronyms.append(acronyms.length() == 0 ? "" : " ").append(bare);
            } else {
                initials.append(Character.toUpperCase(bare.charAt(0)));
            }
        }
        String label = (acronyms + " " + initials).strip();
        return label.isEmpty() ? main : label;
    }
}
