package org.crosswalk.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds search terms in an item's text the way a reader would see them: words compared by their
 * rough stem (so "smokers" meets "smoking"), a phrase only as consecutive words. Used to score
 * and mark the few candidate items, so the index is asked only once per suggestion.
 */
final class TermMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A word of the text and where it stands. */
    private record Token(String stem, int start, int end) {
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();

    TermMatcher(String text) {
        this.text = text;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            tokens.add(new Token(Thesaurus.stem(words.group().toLowerCase(Locale.ROOT)), words.start(), words.end()));
        }
    }

    /**
     * Whether nearly all of this text's words (four in five) are also in {@code other}, a longer
     * text: a summary line repeating a fuller paragraph.
     */
    boolean repeatedIn(TermMatcher other) {
        if (other.tokens.size() <= tokens.size()) {
            return false;
        }
        Set<String> theirs = new HashSet<>();
        other.tokens.forEach(t -> theirs.add(t.stem()));
        long shared = tokens.stream().filter(t -> theirs.contains(t.stem())).count();
        return !tokens.isEmpty() && shared * 5 >= tokens.size() * 4L;
    }

    boolean contains(String term) {
        return !spans(Thesaurus.stems(term), true).isEmpty();
    }

    /** Whether the term, given by its stems ({@link Thesaurus#stems}), stands in the text. */
    boolean containsStems(List<String> stems) {
        return !spans(stems, true).isEmpty();
    }

    /** The text with every occurrence of the terms marked U+0002 … U+0003, as search hits are. */
    String marked(Collection<String> terms) {
        boolean[] marked = new boolean[tokens.size()];
        for (String term : terms) {
            for (int start : spans(Thesaurus.stems(term), false)) {
                for (int i = 0; i < Thesaurus.stems(term).size(); i++) {
                    marked[start + i] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (marked[i]) {
                out.append(text, copied, tokens.get(i).start()).append('\u0002')
                        .append(text, tokens.get(i).start(), tokens.get(i).end()).append('\u0003');
                copied = tokens.get(i).end();
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /** The words of the text that the terms matched, as written, in order of appearance. */
    List<String> words(Set<String> terms) {
        List<String> words = new ArrayList<>();
        String marked = marked(terms);
        Matcher hit = Pattern.compile("\u0002([^\u0003]*)\u0003").matcher(marked);
        while (hit.find()) {
            if (!words.contains(hit.group(1))) {
                words.add(hit.group(1));
            }
        }
        return words;
    }

    /** Token indexes where the term (one word or a phrase, as stems) begins; only the first if {@code first}. */
    private List<Integer> spans(List<String> stems, boolean first) {
        List<Integer> found = new ArrayList<>();
        if (stems.isEmpty()) {
            return found;
        }
        for (int start = 0; start + stems.size() <= tokens.size(); start++) {
            boolean all = true;
            for (int i = 0; i < stems.size() && all; i++) {
                all = sameWord(tokens.get(start + i).stem(), stems.get(i));
            }
            if (all) {
                found.add(start);
                if (first) {
                    return found;
                }
            }
        }
        return found;
    }

    private static final Set<String> SUFFIXES = Set.of("ion", "ions", "ive", "ives", "ation", "ations", "al",
            "ment", "ments", "ity", "er", "ers", "or", "ors", "ist", "ists", "ly", "ic");

    /** Equal stems, or one the other plus a common ending ("prevent" ~ "prevention", "vaccine" ~ "vaccination"). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 4 && longer.startsWith(shorter)
                && SUFFIXES.contains(longer.substring(shorter.length()));
    }
}
