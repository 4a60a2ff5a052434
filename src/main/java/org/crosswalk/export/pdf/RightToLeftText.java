package org.crosswalk.export.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * What openhtmltopdf asks of a right-to-left run of text (Urdu, Arabic, Hebrew): join its
 * letters ({@link ArabicShaper}) while it is still in logical order, and, when drawing, turn it
 * into the left-to-right order a PDF draws glyphs in. The run comes from {@link JdkBidiSplitter}:
 * all that the bidi algorithm puts right to left, with any digits or Latin words inside it.
 */
final class RightToLeftText implements BidiReorderer {

    /**
     * The run in drawing order: right-to-left letters backwards, a digit sequence or Latin word
     * inside them still left to right (the Unicode bidi algorithm's levels for a right-to-left
     * paragraph), each letter with its vowel marks after it (a mark is drawn after its letter),
     * and brackets in right-to-left text turned to face the other way.
     */
    @Override
    public String reorderRTLTextToLTR(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
        List<String> clusters = new ArrayList<>();
        byte[] levels = new byte[text.length()];
        int start = 0;
        while (start < text.length()) {
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < text.length() && isMark(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            int level = bidi.getLevelAt(start);
            String cluster = text.substring(start, end);
            if ((level & 1) == 1) {
                cluster = new StringBuilder().appendCodePoint(mirrored(cluster.codePointAt(0)))
                        .append(cluster, Character.charCount(cluster.codePointAt(0)), cluster.length()).toString();
            }
            levels[clusters.size()] = (byte) level;
            clusters.add(cluster);
            start = end;
        }
        Object[] visual = clusters.toArray();
        Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
        StringBuilder out = new StringBuilder(text.length());
        for (Object cluster : visual) {
            out.append((String) cluster);
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
