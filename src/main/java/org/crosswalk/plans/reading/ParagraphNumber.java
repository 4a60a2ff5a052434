package org.crosswalk.plans.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph number as plans print it at the start of a paragraph: "2.18." (chapter 2,
 * paragraph 18), sometimes without the closing full stop.
 */
public record ParagraphNumber(int chapter, int paragraph) {
    // One or two digits, a dot, one to three digits, an optional dot, then a space: "2.18. The".
    // "15.6%" and "2025." do not match; "3.5 billion" would, so callers also check the sequence.
    private static final Pattern AT_START = Pattern.compile("^(\\d{1,2})\\.(\\d{1,3})\\.?(?=\\s)");

    /** The number at the start of {@code text}, if it starts with one. */
    public static Optional<ParagraphNumber> atStart(String text) {
        Matcher matcher = AT_START.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new ParagraphNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /** {@code text} without its leading number and the space after it. */
    public static String stripFrom(String text) {
        Matcher matcher = AT_START.matcher(text);
        return matcher.find() ? text.substring(matcher.end()).strip() : text;
    }

    /**
     * Whether this can follow {@code previous} in a plan: a later paragraph of the same chapter
     * (up to ten may be missing from an extract), or the first paragraphs of any later chapter
     * (an extract may hold chapters 2 and 7 only).
     */
    public boolean canFollow(ParagraphNumber previous) {
        if (previous == null) {
            return paragraph <= 3;
        }
        if (chapter == previous.chapter) {
            return paragraph > previous.paragraph && paragraph <= previous.paragraph + 10;
        }
        return chapter > previous.chapter && paragraph <= 3;
    }

    /** "2.18", as Crosswalk stores and cites it. */
    @Override
    public String toString() {
        return chapter + "." + paragraph;
    }
}
