package org.crosswalk.plans.reading;

import java.util.Objects;
import org.crosswalk.model.ItemKind;

/**
 * One item found in a plan document, before it is saved.
 *
 * @param number          "2.18" as printed without its full stop, or null for unnumbered items
 * @param printedPage     printed page on which the item starts, or null when none is known
 * @param continuesToPage printed page it runs on to over a page break, or null
 * @param pdfPage         physical page it starts on (for showing the source page), or null
 * @param chapter         index into {@link ParsedPlan#chapters()}
 * @param section         nearest section heading above it in its chapter, or null
 * @param text            cleaned text; bullet entries follow on new lines starting with "• "
 */
public record ParsedItem(String number, Integer printedPage, Integer continuesToPage, Integer pdfPage, int chapter,
                         String section, ItemKind kind, String text) {
    public ParsedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        number = number == null || number.isBlank() ? null : number.strip();
        section = section == null || section.isBlank() ? null : section.strip();
    }

    public ParsedItem withText(String newText) {
        return new ParsedItem(number, printedPage, continuesToPage, pdfPage, chapter, section, kind, newText);
    }

    public ParsedItem withNumber(String newNumber) {
        return new ParsedItem(newNumber, printedPage, continuesToPage, pdfPage, chapter, section, kind, text);
    }

    public ParsedItem withPrintedPage(Integer newPage) {
        return new ParsedItem(number, newPage, continuesToPage, pdfPage, chapter, section, kind, text);
    }

    public ParsedItem withSection(String newSection) {
        return new ParsedItem(number, printedPage, continuesToPage, pdfPage, chapter, newSection, kind, text);
    }

    public ParsedItem withKind(ItemKind newKind) {
        return new ParsedItem(number, printedPage, continuesToPage, pdfPage, chapter, section, newKind, text);
    }

    public ParsedItem withContinuesToPage(Integer page) {
        return new ParsedItem(number, printedPage, page, pdfPage, chapter, section, kind, text);
    }

    public ParsedItem inChapter(int newChapter, String newSection) {
        return new ParsedItem(number, printedPage, continuesToPage, pdfPage, newChapter, newSection, kind, text);
    }
}
