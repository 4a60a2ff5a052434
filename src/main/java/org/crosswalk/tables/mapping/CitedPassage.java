package org.crosswalk.tables.mapping;

import java.util.List;

/**
 * One thing a "national plan" cell cites: paragraph numbers, a quoted passage, a page, or
 * several of them together ("2.18. The NHS will continue … (NHS LTP p. 37)").
 *
 * @param text      the passage as written in the cell, for messages
 * @param numbers   paragraph numbers it names ("2.18"; a range "3.53–3.55" is spelled out), may be empty
 * @param quote     the quoted wording without number and citation, "" when there is none
 * @param page      the printed page it cites, or null
 * @param planLabel the plan named in the citation ("NHS LTP"), "" when none
 */
public record CitedPassage(String text, List<String> numbers, String quote, Integer page, String planLabel) {
    public CitedPassage {
        numbers = List.copyOf(numbers);
        quote = quote == null ? "" : quote;
        planLabel = planLabel == null ? "" : planLabel;
    }

    public boolean hasQuote() {
        return !quote.isBlank();
    }
}
