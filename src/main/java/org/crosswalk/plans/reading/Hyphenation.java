package org.crosswalk.plans.reading;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hyphen at the end of a line was put there by the typesetter ("ap-" +
 * "propriately") or belongs to the word ("match-" + "funding"), from the words the document
 * uses elsewhere. A soft hyphen (U+00AD) is always the typesetter's.
 */
public final class Hyphenation {
    private final Set<String> words = new HashSet<>();

    /**
     * Learns the words of a document's lines, in reading order. The halves of a word broken at a
     * line end ("ap-" / "propriately") are not words, so they are not learnt.
     */
    public static Hyphenation learning(List<String> lines) {
        Hyphenation hyphenation = new Hyphenation();
        boolean startsBroken = false;
        for (String line : lines) {
            String[] tokens = line.strip().split("\\s+");
            boolean endsBroken = endsWithBrokenWord(line);
            for (int i = 0; i < tokens.length; i++) {
                boolean fragment = (i == 0 && startsBroken) || (i == tokens.length - 1 && endsBroken);
                if (!fragment) {
                    hyphenation.learn(tokens[i]);
                }
            }
            startsBroken = endsBroken;
        }
        return hyphenation;
    }

    private static boolean endsWithBrokenWord(String line) {
        String end = line.stripTrailing();
        return end.length() >= 2 && (end.endsWith("-") || end.endsWith("\u00AD"))
                && Character.isLetter(end.charAt(end.length() - 2));
    }

    private void learn(String token) {
        String word = clean(token);
        if (word.isEmpty()) {
            return;
        }
        words.add(word);
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
    }

    /**
     * Joins a line ending in {@code left} with the next line. {@code left} ends with the line's
     * last character; {@code right} is the next line.
     */
    public String join(String left, String right) {
        String l = left.stripTrailing();
        String r = right.strip();
        if (l.isEmpty() || r.isEmpty()) {
            return (l + " " + r).strip();
        }
        if (l.endsWith("\u00AD")) {
            return l.substring(0, l.length() - 1) + r;
        }
        if (l.endsWith("-") && l.length() >= 2 && Character.isLetter(l.charAt(l.length() - 2))
                && Character.isLowerCase(r.codePointAt(0))) {
            String head = lastWord(l.substring(0, l.length() - 1));
            String tail = clean(firstWord(r));
            return keepsHyphen(head, tail) ? l + r : l.substring(0, l.length() - 1) + r;
        }
        return l + " " + r;
    }

    boolean keepsHyphen(String head, String tail) {
        String h = clean(head);
        if (h.isEmpty() || tail.isEmpty()) {
            return true;
        }
        if (words.contains(h + tail)) {
            return false;
        }
        if (words.contains(h + "-" + tail)) {
            return true;
        }
        // "match-" + "funding": the second half is a word in its own right, so it was a compound.
        // "neigh-" + "bourhoods": it is not, so the typesetter split one word.
        return tail.length() >= 3 && words.contains(tail);
    }

    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static String clean(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetter(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
