package org.crosswalk.ui.planimport;

import org.crosswalk.plans.reading.ParsedItem;

/** Short names for items in messages and undo descriptions: "2.18", or the start of the text. */
final class Names {
    private Names() {
    }

    static String item(ParsedItem item) {
        return item.number() != null ? item.number() : quote(firstWords(item.text(), 32));
    }

    static String quote(String text) {
        return "‘" + text + "’";
    }

    /** The text on one line, cut at a word boundary near {@code max} characters, with "…". */
    static String firstWords(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max);
        return (cut > max / 2 ? line.substring(0, cut) : line.substring(0, max)).strip() + "…";
    }
}
