package org.crosswalk.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Right-to-left runs found in a paragraph and put in the order the PDF draws them. */
class RightToLeftTextTest {
    private final RightToLeftText text = new RightToLeftText();

    @Test
    void rightToLeftLettersAreDrawnBackwards() {
        assertEquals("تحص", text.reorderRTLTextToLTR("صحت"));
        assertEquals("یک ہماع", text.reorderRTLTextToLTR("عامہ کی"));
    }

    @Test
    void numbersAndLatinInsideStayLeftToRight() {
        assertEquals("لاس 2019 رمع", text.reorderRTLTextToLTR("عمر 2019 سال"));
        assertEquals("ب HIB ا", text.reorderRTLTextToLTR("ا HIB ب"));
    }

    @Test
    void marksStayAfterTheirLetterAndBracketsFaceTheOtherWay() {
        assertEquals("تبَ", text.reorderRTLTextToLTR("بَت"));
        assertEquals("(ب)", text.reorderRTLTextToLTR("(ب)"));
    }

    @Test
    void emojiStayWhole() {
        assertEquals("👍 ب", text.reorderRTLTextToLTR("ب 👍"));
    }

    @Test
    void shapingIsTheShapersAndLiveForOpenHtmlToPdf() {
        assertEquals("\uFEFB", text.shapeText("لا"));
        assertEquals("لا", text.deshapeText("\uFEFB"));
        assertEquals(true, text.isLiveImplementation());
    }

    @Test
    void theSplitterFindsTheRightToLeftRunWithTheNumberInIt() {
        // "Smoking " | "صحت 2019" (a number after Urdu belongs to it) | " and"
        assertEquals(List.of("0+8 LTR", "8+8 RTL", "16+4 LTR"), runs("Smoking صحت 2019 and", BidiSplitter.LTR));
        assertEquals(List.of("0+19 LTR"), runs("Smoking and alcohol", BidiSplitter.LTR));
        assertEquals(List.of("0+5 RTL"), runs("abc d", BidiSplitter.RTL), "a right-to-left paragraph is one run");
    }

    @Test
    void theFirstStrongLetterGivesTheBaseDirection() {
        BidiSplitter splitter = JdkBidiSplitter.FACTORY.createBidiSplitter();
        assertEquals(BidiSplitter.RTL, splitter.getBaseDirection("2019 صحت"));
        assertEquals(BidiSplitter.LTR, splitter.getBaseDirection("(HIB) صحت"));
        assertEquals(BidiSplitter.NEUTRAL, splitter.getBaseDirection("2019 — 👍"));
    }

    private static List<String> runs(String paragraph, byte direction) {
        BidiSplitter splitter = JdkBidiSplitter.FACTORY.createBidiSplitter();
        splitter.setParagraph(paragraph, direction);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < splitter.countTextRuns(); i++) {
            BidiTextRun run = splitter.getVisualRun(i);
            runs.add(run.getStart() + "+" + run.getLength() + (run.getDirection() == BidiSplitter.RTL ? " RTL" : " LTR"));
        }
        return runs;
    }
}
