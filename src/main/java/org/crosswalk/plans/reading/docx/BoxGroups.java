package org.crosswalk.plans.reading.docx;

/** Numbers the boxes a Word document's text falls into: text boxes, one-cell tables, runs of bordered paragraphs. */
final class BoxGroups {
    private int nextGroup = 1;
    private int borderGroup;

    /** A new box. */
    int next() {
        return nextGroup++;
    }

    /** The box of the bordered paragraphs being read, started now if none is. */
    int bordered() {
        if (borderGroup == 0) {
            borderGroup = nextGroup++;
        }
        return borderGroup;
    }

    /** Ends the run of bordered paragraphs: the next one starts a new box. */
    void endBordered() {
        borderGroup = 0;
    }
}
