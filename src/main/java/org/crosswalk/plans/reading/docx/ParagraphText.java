package org.crosswalk.plans.reading.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The text of one paragraph as read, its text boxes, and the page breaks before and after its first words. */
final class ParagraphText {
    final StringBuilder text = new StringBuilder();
    final List<Element> textBoxes = new ArrayList<>();
    final String styleId;
    int breaksBefore;
    int breaksAfter;
    /** Whether every run with text is bold, and the largest font size (half-points) seen. */
    boolean allBold = true;
    int largestSize;

    ParagraphText(String styleId) {
        this.styleId = styleId;
    }
}
