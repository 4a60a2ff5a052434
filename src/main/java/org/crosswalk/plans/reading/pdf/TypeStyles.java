package org.crosswalk.plans.reading.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosswalk.plans.reading.ParagraphNumber;

/**
 * The document's type: the body text size (the size most characters use) and the heading
 * levels, largest first. A heading is a short bold line at least body size that is not a
 * numbered paragraph, or any line set much larger than the body.
 */
final class TypeStyles {
    private final float bodySize;
    private final List<Float> headingSizes;

    private TypeStyles(float bodySize, List<Float> headingSizes) {
        this.bodySize = bodySize;
        this.headingSizes = headingSizes;
    }

    static TypeStyles of(List<PdfLine> lines) {
        Map<Float, Integer> characters = new HashMap<>();
        for (PdfLine line : lines) {
            characters.merge(round(line.size()), line.text().length(), Integer::sum);
        }
        float body = characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(11f);
        TypeStyles partial = new TypeStyles(body, List.of());
        TreeSet<Float> sizes = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (PdfLine line : lines) {
            if (partial.looksLikeHeading(line)) {
                sizes.add(round(line.size()));
            }
        }
        return new TypeStyles(body, List.copyOf(sizes));
    }

    float bodySize() {
        return bodySize;
    }

    boolean looksLikeHeading(PdfLine line) {
        String text = line.text();
        if (text.length() > 160 || ParagraphNumber.atStart(text).isPresent() || text.matches("^[•●▪◦■\\-–].*")) {
            return false;
        }
        if (text.endsWith(".") && text.length() > 60) {
            return false;
        }
        float size = round(line.size());
        return (line.bold() && size >= bodySize * 0.95f) || size >= bodySize * 1.3f;
    }

    /** 1 for the largest heading style, 2 for the next ... */
    int headingLevel(PdfLine line) {
        int index = headingSizes.indexOf(round(line.size()));
        return index < 0 ? headingSizes.size() : index + 1;
    }

    private static float round(float size) {
        return Math.round(size * 2) / 2f;
    }
}
