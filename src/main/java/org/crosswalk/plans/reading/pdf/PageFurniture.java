package org.crosswalk.plans.reading.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Running headers, footers and printed page numbers: text in the top or bottom margin that
 * repeats from page to page is furniture, not content; a number alone there is the page's
 * printed number.
 */
final class PageFurniture {
    private static final float MARGIN = 0.09f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s+)?(\\d{1,4})(?:\\s+(?:of|/)\\s+\\d{1,4})?$");

    private final Map<Integer, Integer> printed = new HashMap<>();
    private final Set<PdfLine> furniture = new HashSet<>();

    private PageFurniture() {
    }

    /**
     * @param pages       lines of each page, index 0 = page 1
     * @param pageHeights height of each page in points
     * @param labels      page labels the PDF declares (null entries where none), or null
     */
    static PageFurniture find(List<List<PdfLine>> pages, float[] pageHeights, String[] labels) {
        PageFurniture found = new PageFurniture();
        Map<String, Integer> repeats = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Set<String> seen = new HashSet<>();
            for (PdfLine line : pages.get(i)) {
                if (inMargin(line, pageHeights[i])) {
                    seen.add(shape(line.text()));
                }
            }
            seen.forEach(s -> repeats.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * 0.4));
        for (int i = 0; i < pages.size(); i++) {
            for (PdfLine line : pages.get(i)) {
                if (!inMargin(line, pageHeights[i])) {
                    continue;
                }
                Matcher number = PAGE_NUMBER.matcher(line.text());
                if (number.matches()) {
                    found.printed.putIfAbsent(i + 1, Integer.parseInt(number.group(1)));
                    found.furniture.add(line);
                } else if (repeats.getOrDefault(shape(line.text()), 0) >= needed) {
                    found.furniture.add(line);
                }
            }
        }
        found.useLabels(labels);
        found.fillGaps(pages.size());
        return found;
    }

    /** The printed page number of a physical page, or null when none is printed there. */
    Integer printedPage(int page) {
        return printed.get(page);
    }

    boolean isFurniture(PdfLine line) {
        return furniture.contains(line);
    }

    /** Declared numeric page labels win over footers (they are what a PDF viewer shows). */
    private void useLabels(String[] labels) {
        if (labels == null) {
            return;
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null && labels[i].matches("\\d{1,4}")) {
                printed.put(i + 1, Integer.parseInt(labels[i]));
            }
        }
    }

    /**
     * A page between two numbered pages whose number is hidden (a full-page picture) takes the
     * number the sequence gives it; pages before the first number (cover, contents) stay unnumbered.
     */
    private void fillGaps(int pageCount) {
        List<Integer> numbered = new ArrayList<>(printed.keySet());
        numbered.sort(null);
        for (int k = 0; k + 1 < numbered.size(); k++) {
            int from = numbered.get(k);
            int to = numbered.get(k + 1);
            if (printed.get(to) - printed.get(from) == to - from) {
                for (int page = from + 1; page < to; page++) {
                    printed.put(page, printed.get(from) + page - from);
                }
            }
        }
        if (!numbered.isEmpty()) {
            int last = numbered.get(numbered.size() - 1);
            // A last page (endnotes, back cover) without a footer continues the sequence.
            for (int page = last + 1; page <= pageCount && numbered.size() >= 3; page++) {
                printed.put(page, printed.get(last) + page - last);
            }
        }
    }

    private static boolean inMargin(PdfLine line, float pageHeight) {
        return line.baseline() < pageHeight * MARGIN || line.baseline() > pageHeight * (1 - MARGIN);
    }

    /** Text with its digits blurred, so "Page 3" and "Page 4" count as the same header. */
    private static String shape(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
