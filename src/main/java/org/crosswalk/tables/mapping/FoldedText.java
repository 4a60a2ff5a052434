package org.crosswalk.tables.mapping;

import java.util.Locale;

/**
 * A text folded for comparing what an officer pasted with what the plan says: lower case,
 * curly quotes straight, every dash a hyphen, runs of white space one space. Remembers where
 * each folded character came from, so a match can be cut from the original text word for word
 * (an excerpt must be the plan's own wording).
 */
final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] origin;

    private FoldedText(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length() + 1];
        boolean space = true;
        for (int i = 0; i < original.length(); i++) {
            char c = fold(original.charAt(i));
            if (Character.isWhitespace(c)) {
                if (!space) {
                    from[out.length()] = i;
                    out.append(' ');
                }
                space = true;
            } else {
                from[out.length()] = i;
                out.append(c);
                space = false;
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        from[out.length()] = original.length();
        this.folded = out.toString();
        this.origin = from;
    }

    static FoldedText of(String text) {
        return new FoldedText(text == null ? "" : text);
    }

    /** The folded form alone. */
    static String fold(String text) {
        return of(text).folded;
    }

    String folded() {
        return folded;
    }

    boolean isEmpty() {
        return folded.isEmpty();
    }

    boolean contains(FoldedText part) {
        return !part.isEmpty() && folded.contains(part.folded);
    }

    /** The original wording of the first place {@code part} occurs, or null. */
    String originalOf(FoldedText part) {
        int start = folded.indexOf(part.folded);
        if (part.isEmpty() || start < 0) {
            return null;
        }
        int end = start + part.folded.length();
        int to = end < folded.length() ? origin[end] : original.length();
        return original.substring(origin[start], to).strip();
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> Character.toLowerCase(c) == c ? c : String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
        };
    }
}
