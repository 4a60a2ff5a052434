package org.crosswalk.plans.reading.pdf;

/**
 * One line of text on a PDF page, endnote markers already dropped.
 *
 * @param page     1-based physical page
 * @param x        left edge, points from the page's left
 * @param baseline points from the page's top
 * @param size     font size (points) of most of the line's characters
 * @param bold     whether most characters are in a bold face
 * @param box      1-based number of the shaded box the line sits in on its page, or 0
 */
record PdfLine(int page, String text, float x, float right, float baseline, float size, boolean bold,
               boolean italic, int box) {

    PdfLine inBox(int newBox) {
        return new PdfLine(page, text, x, right, baseline, size, bold, italic, newBox);
    }

    PdfLine withText(String newText) {
        return new PdfLine(page, newText, x, right, baseline, size, bold, italic, box);
    }
}
