package org.crosswalk.export.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into runs of one direction with the JDK's Unicode bidi algorithm
 * ({@link java.text.Bidi}), for openhtmltopdf: Urdu inside an English paragraph becomes a
 * right-to-left run (digits or Latin words inside the Urdu included). Paragraphs with
 * no right-to-left character (nearly all) are one run without running the algorithm.
 */
final class JdkBidiSplitter implements BidiSplitter {
    static final BidiSplitterFactory FACTORY = JdkBidiSplitter::new;

    private final List<BidiTextRun> runs = new ArrayList<>();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
        runs.clear();
        char[] chars = paragraph.toCharArray();
        if (defaultDirection != RTL && !Bidi.requiresBidi(chars, 0, chars.length)) {
            runs.add(new BidiTextRun(0, chars.length, LTR));
            return;
        }
        Bidi bidi = new Bidi(paragraph, defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                : Bidi.DIRECTION_LEFT_TO_RIGHT);
        // Runs above the paragraph's level (a number inside Urdu, say) stay inside the
        // right-to-left run around them: openhtmltopdf draws runs in the order of the text, so
        // only RightToLeftText, seeing the whole run, can put the number on the correct side.
        int base = bidi.getBaseLevel();
        int i = 0;
        while (i < bidi.getRunCount()) {
            int start = bidi.getRunStart(i);
            int limit = bidi.getRunLimit(i);
            boolean above = bidi.getRunLevel(i) > base || (base & 1) == 1;
            while (above && i + 1 < bidi.getRunCount() && bidi.getRunLevel(i + 1) > base) {
                limit = bidi.getRunLimit(++i);
            }
            runs.add(new BidiTextRun(start, limit - start, above ? RTL : LTR));
            i++;
        }
    }

    @Override
    public int countTextRuns() {
        return runs.size();
    }

    /** The runs in the order of the text: openhtmltopdf keys them by where they start. */
    @Override
    public BidiTextRun getVisualRun(int runIndex) {
        return runs.get(runIndex);
    }

    /** The direction of the first letter that has one, as for HTML's dir="auto". */
    @Override
    public byte getBaseDirection(String paragraph) {
        for (int i = 0; i < paragraph.length(); ) {
            int c = paragraph.codePointAt(i);
            byte type = Character.getDirectionality(c);
            if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return LTR;
            }
            if (type == Character.DIRECTIONALITY_RIGHT_TO_LEFT || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return RTL;
            }
            i += Character.charCount(c);
        }
        return NEUTRAL;
    }
}
