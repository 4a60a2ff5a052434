package org.crosswalk.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the font embedded in PDF papers has no letter for. openhtmltopdf draws such
 * a character as "#", and a reader copying the text gets "#" too, so the exporter says so
 * instead of losing the words silently (Urdu, emoji and mathematical letters, for example).
 */
final class PdfGlyphs {
    private static volatile CmapLookup regular;

    private PdfGlyphs() {
    }

    /** The characters of {@code text} the PDF cannot show, in order of first appearance. */
    static Set<String> missing(Iterable<String> texts) {
        CmapLookup cmap = cmap();
        Set<String> missing = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            text.codePoints().filter(c -> !invisible(c) && cmap.getGlyphId(c) == 0)
                    .forEach(c -> missing.add(Character.toString(c)));
        }
        return missing;
    }

    /** Joiners, variation selectors, tags and spaces: nothing to draw, so nothing is lost. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isISOControl(c) || type == Character.FORMAT
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static CmapLookup cmap() {
        CmapLookup lookup = regular;
        if (lookup == null) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(
                        PdfExporter.fontBytes(PdfExporter.REGULAR_FONT)));
                lookup = font.getUnicodeCmapLookup();
                regular = lookup;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lookup;
    }
}
