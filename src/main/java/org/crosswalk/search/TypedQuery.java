package org.crosswalk.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, turned into a safe SQLite FTS5 query. Nothing typed is read as query
 * syntax: each word becomes a quoted phrase of its letters and digits ("children's" → "children s",
 * "long-term" → "long term", "2.18" → "2 18"), so quotes, brackets, AND/OR/NOT/NEAR, "*", "^", ":"
 * and hyphens are ordinary text and the query is never a syntax error. Words must all match
 * (AND), in any column; the tokenizer stems them (porter), so "prevented" finds "prevention". The
 * last word is a prefix while it is being typed (no space after it; a lone word from its third
 * character, after other words from its second), and can be completed from the workspace's own words ({@link #completable()}), since
 * its stem may be shorter than what has been typed so far. A paragraph number ("2.18", "2.18.", "para 2.18") is recognised so that
 * paragraph can be put first.
 */
final class TypedQuery {
    /** Words beyond this are ignored (a pasted page is not a search). */
    static final int MAX_WORDS = 24;
    /** A lone word being typed is matched as a prefix from this many characters. */
    static final int PREFIX_FROM = 3;
    /** A word is completed from the vocabulary only from this many letters typed. */
    static final int COMPLETE_FROM = 4;

    private static final Pattern PARAGRAPH = Pattern.compile(
            "(?iu)^(?:(?:paragraph|para|§|¶)\\.?\\s*)?(\\d+(?:\\.\\d+)*)(\\.?)$");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final List<List<String>> words;
    private final boolean prefix;
    private final String paragraphNumber;

    private TypedQuery(List<List<String>> words, boolean prefix, String paragraphNumber) {
        this.words = words;
        this.prefix = prefix;
        this.paragraphNumber = paragraphNumber;
    }

    static TypedQuery parse(String typed) {
        String text = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC);
        String stripped = text.strip();
        // A space after the last word: it is finished, so it is no longer matched as a prefix.
        boolean stillTyping = !stripped.isEmpty() && !SPACE.matcher(text.substring(text.length() - 1)).matches();
        Matcher paragraph = PARAGRAPH.matcher(stripped);
        if (paragraph.matches()) {
            String number = paragraph.group(1);
            // "2.18." is a whole number; "2.1" may be the start of "2.18".
            boolean open = stillTyping && paragraph.group(2).isEmpty() && worthAPrefix(tokens(number), false);
            return new TypedQuery(List.of(tokens(number)), open, number);
        }
        String[] typedWords = SPACE.split(stripped);
        List<List<String>> words = new ArrayList<>();
        boolean lastKept = false;
        for (String word : typedWords) {
            List<String> tokens = tokens(word);
            lastKept = !tokens.isEmpty() && words.size() < MAX_WORDS;
            if (lastKept) {
                words.add(tokens);
            }
        }
        if (words.isEmpty()) {
            return new TypedQuery(List.of(), false, null);
        }
        boolean open = stillTyping && lastKept && worthAPrefix(words.get(words.size() - 1), words.size() > 1);
        return new TypedQuery(List.copyOf(words), open, null);
    }

    /**
     * Whether the last token of the last word is matched as the start of a token. Typed alone,
     * from its third character: one or two letters start most words of every plan, too many to
     * rank within a keystroke. From its second when other words come first ("mental he") or in a
     * phrase ("long-te"), which narrow it, and any digits in a phrase ("2.1" on the way to "2.18").
     */
    private static boolean worthAPrefix(List<String> tokens, boolean afterOtherWords) {
        String last = tokens.get(tokens.size() - 1);
        int length = last.codePointCount(0, last.length());
        if (tokens.size() > 1) {
            return length >= 2 || last.chars().allMatch(Character::isDigit);
        }
        return length >= (afterOtherWords ? 2 : PREFIX_FROM);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The paragraph number typed ("2.18" for "2.18." or "para 2.18"), if that is all that was typed. */
    Optional<String> paragraphNumber() {
        return Optional.ofNullable(paragraphNumber);
    }

    /**
     * The word being typed, folded as the index folds it (lower case, no accents), when it is
     * worth completing from the workspace's vocabulary: a prefix of at least {@link #COMPLETE_FROM}
     * characters with a letter in it.
     */
    Optional<String> completable() {
        if (!prefix || paragraphNumber != null) {
            return Optional.empty();
        }
        List<String> last = words.get(words.size() - 1);
        String token = fold(last.get(last.size() - 1));
        if (token.codePointCount(0, token.length()) < COMPLETE_FROM || token.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /** The FTS5 query for items numbered as typed: the number's digits, in the number column only. */
    String numberExpression() {
        return "number : " + phrase(words.get(0));
    }

    /**
     * The words typed, folded and joined by single spaces ("diabetes prevention programme
     * supports"), when there are two or more: a hit whose text has them in this order comes
     * first. Empty for a single word or a number.
     */
    Optional<String> phrase() {
        if (words.size() < 2 || paragraphNumber != null) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        words.forEach(word -> word.forEach(token -> all.add(fold(token))));
        return Optional.of(String.join(" ", all));
    }

    /** Whether the last word may be the start of a longer one (it is still being typed). */
    boolean lastIsPrefix() {
        return prefix;
    }

    /** The FTS5 query: every word, AND; the last as a prefix, or any of {@code completions}. */
    String expression(List<String> completions) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> word = words.get(i);
            boolean last = i == words.size() - 1;
            String phrase = phrase(word);
            if (!last || !prefix) {
                parts.add(phrase);
                continue;
            }
            if (completions.isEmpty()) {
                parts.add(phrase + "*");
                continue;
            }
            StringBuilder any = new StringBuilder("(").append(phrase).append('*');
            for (String completion : completions) {
                List<String> completed = new ArrayList<>(word.subList(0, word.size() - 1));
                completed.add(completion);
                any.append(" OR ").append(phrase(completed));
            }
            parts.add(any.append(')').toString());
        }
        return String.join(" AND ", parts);
    }

    /** A quoted FTS5 string; the tokens hold only letters, digits and marks, so no quote to double. */
    private static String phrase(List<String> tokens) {
        return '"' + String.join(" ", tokens).replace("\"", "\"\"") + '"';
    }

    /** The runs of letters, digits and combining marks in {@code word}; everything else separates. */
    static List<String> tokens(String word) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        word.codePoints().forEach(cp -> {
            if (isTokenChar(cp)) {
                token.appendCodePoint(cp);
            } else if (token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        });
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private static boolean isTokenChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Lower case without accents, as the unicode61 tokenizer with remove_diacritics stores words. */
    static String fold(String token) {
        String decomposed = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    @Override
    public String toString() {
        return expression(List.of());
    }
}
