package org.crosswalk.export;

/**
 * Text as every export writes it. Word's manual line break (a vertical tab, which Excel keeps in
 * text pasted from Word) and a form feed become line breaks; other control characters, lone
 * halves of surrogate pairs and U+FFFE/U+FFFF, which XML (and so Word, Excel and the PDF)
 * cannot hold, are dropped rather than turned into "?" or made into a file Word refuses.
 * Tabs, line breaks and every other character stay as they are.
 */
public final class ExportText {
    private ExportText() {
    }

    /** {@code text} fit for any export; null becomes "". */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
            String replacement = pair ? null : replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                if (pair) {
                    out.append(c).append(text.charAt(i + 1));
                } else {
                    out.append(replacement != null ? replacement : String.valueOf(c));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** What stands for {@code c} (not half of a pair) in an export: null to keep it, "" to drop it. */
    private static String replacement(char c) {
        if (c == '\u000B' || c == '\f') {
            return "\n";
        }
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                || c == '\uFFFE' || c == '\uFFFF') {
            return "";
        }
        return null;
    }
}
