package org.crosswalk.tables.priorities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosswalk.plans.reading.ReaderSupport;

/** How imported wording is tidied and compared with what the workspace already has. */
final class Wording {
    private Wording() {
    }

    /** The key two wordings share when they are "the same": case ignored, spaces collapsed. */
    static String key(String text) {
        return tidy(text).toLowerCase(Locale.ROOT);
    }

    /** One line: outer spaces gone, runs of spaces (and line breaks, no-break spaces) one space. */
    static String tidy(String text) {
        String clean = ReaderSupport.clean(text);
        // Characters Java counts as spaces but the cleaning keeps (U+001C–U+001F): such a title is
        // empty to the model, which would refuse to load it (found by the fuzzer).
        return clean.isBlank() ? "" : clean;
    }

    /** The sub-items of one cell: one per line, bullets ("• ", "- ") dropped, blank lines left out. */
    static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            String text = tidy(line);
            int bullet = ReaderSupport.typedBulletLength(text);
            text = bullet > 0 ? text.substring(bullet) : text;
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** A note or lead: each line tidied, blank lines left out, line breaks kept. */
    static String multiline(String cell) {
        List<String> kept = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            String text = tidy(line);
            if (!text.isEmpty()) {
                kept.add(text);
            }
        }
        return String.join("\n", kept);
    }
}
