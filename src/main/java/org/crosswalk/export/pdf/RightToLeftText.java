package org.crosswalk.export.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * What openhtmltopdf asks of a right-to-left run of text (Urdu, Arabic, Hebrew): join its
 * letters ({@link ArabicShaper}) while it is still in logical order, and, when drawing, turn it
 * into the left-to-right order a PDF draws glyphs in. The run comes from {@link JdkBidiSplitter},
 * so it holds right-to-left text only: digits and Latin words inside it are runs of their own.
 */
final class RightToLeftText implements BidiReorderer {

    /**
     * The run backwards, a letter with its vowel marks kept together (a mark is drawn after its
     * letter), and brackets turned to face the other way, as the Unicode bidi algorithm mirrors them.
     */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            int start = end;
            // Back over the marks to the letter they sit on.
            while (start > 0 && isMark(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            if (start > 0) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            int first = text.codePointAt(start);
            out.appendCodePoint(mirrored(first)).append(text, start + Character.charCount(first), end);
            end = start;
        }
        return out.toString();
    }

    @Override
    public String shapeText(String text) {
        return ArabicShaper.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return ArabicShaper.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static final String PAIRS = "()[]{}<>«»‹›";

    private static int mirrored(int c) {
        int at = c < 0x10000 ? PAIRS.indexOf(c) : -1;
        if (at < 0) {
            return c;
        }
        return PAIRS.charAt(at % 2 == 0 ? at + 1 : at - 1);
    }
}
