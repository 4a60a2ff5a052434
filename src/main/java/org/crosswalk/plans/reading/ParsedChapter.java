package org.crosswalk.plans.reading;

import java.util.Objects;

/** A chapter found in a plan document: "2", "More NHS action on prevention ...", page 33. */
public record ParsedChapter(String number, String title, Integer printedPage, Integer pdfPage) {
    public ParsedChapter {
        Objects.requireNonNull(title, "title");
    }

    public ParsedChapter withTitle(String newTitle) {
        return new ParsedChapter(number, newTitle, printedPage, pdfPage);
    }

    public ParsedChapter withNumber(String newNumber) {
        return new ParsedChapter(newNumber, title, printedPage, pdfPage);
    }
}
