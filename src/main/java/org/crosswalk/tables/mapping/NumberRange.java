package org.crosswalk.tables.mapping;

import java.util.ArrayList;
import java.util.List;

/** Paragraph numbers named as a range, "3.53–3.55", spelled out: 3.53, 3.54, 3.55. */
final class NumberRange {
    /** Longer ranges are more likely a typing slip than a citation; only their ends are kept. */
    private static final int LONGEST = 30;

    private NumberRange() {
    }

    /** {@code first} alone when {@code last} is null or in another chapter. */
    static List<String> expand(String first, String last) {
        if (last == null) {
            return List.of(first);
        }
        String[] from = first.split("\\.");
        String[] to = last.split("\\.");
        int start = Integer.parseInt(from[1]);
        int end = Integer.parseInt(to[1]);
        if (!from[0].equals(to[0]) || end < start || end - start > LONGEST) {
            return List.of(first, last);
        }
        List<String> numbers = new ArrayList<>();
        for (int paragraph = start; paragraph <= end; paragraph++) {
            numbers.add(from[0] + "." + paragraph);
        }
        return numbers;
    }
}
