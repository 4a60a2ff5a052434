package org.crosswalk.export.pdf;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which characters none of the fonts embedded in PDF papers ({@link PdfFonts}) has a letter for.
 * openhtmltopdf draws such a character as "#", and a reader copying the text gets "#" too, so
 * the exporter says so instead of losing the words silently (Korean, for example).
 */
final class PdfGlyphs {
    private PdfGlyphs() {
    }

    /** The characters of {@code text} the PDF cannot show, in order of first appearance. */
    static Set<String> missing(Iterable<String> texts) {
        Set<String> missing = new LinkedHashSet<>();
        PdfFonts.forEachCharacterTheTextFaceLacks(texts, c -> {
            if (!invisible(c) && PdfFonts.familyWith(c) == null) {
                missing.add(Character.toString(c));
            }
        });
        return missing;
    }

    /** Joiners, variation selectors, tags and spaces: nothing to draw, so nothing is lost. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isISOControl(c) || type == Character.FORMAT
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }
}
