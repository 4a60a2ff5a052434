package org.crosswalk.export.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.crosswalk.export.html.PaperHtml;

/**
 * The fonts bundled for PDF papers (under resources/fonts, each with its licence) and how they
 * are handed to openhtmltopdf. The text is set in Liberation Sans, the family the paper's CSS
 * names; a character it has no letter for is taken, character by character, from the first
 * fallback face that has one: Noto Naskh Arabic (Arabic script, Urdu included, with the joined
 * presentation forms {@link ArabicShaper} produces), Droid Sans Fallback (Chinese, Japanese
 * kana), then Symbola (emoji, symbols, mathematical letters). PDFBox embeds only the letters used.
 */
final class PdfFonts {

    /** A bundled face: resource, family, weight, style, and whether it stands in for the others. */
    record Face(String resource, String family, int weight, FontStyle style, boolean fallback) {
    }

    static final List<Face> FACES = List.of(
            text("/fonts/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            text("/fonts/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            text("/fonts/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            text("/fonts/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("/fonts/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400, FontStyle.NORMAL, true),
            new Face("/fonts/NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700, FontStyle.NORMAL, true),
            new Face("/fonts/DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL, true),
            new Face("/fonts/Symbola.ttf", "Symbola", 400, FontStyle.NORMAL, true));

    /** Font files, read once per run of the program. */
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    /** Character → glyph map of each family's regular face, read when first asked for. */
    private static final Map<String, CmapLookup> CMAPS = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    private static Face text(String resource, int weight, FontStyle style) {
        return new Face(resource, PaperHtml.PDF_FONT_FAMILY, weight, style, false);
    }

    /**
     * The text faces, and the fallback faces {@code texts} needs, the fallbacks as fonts
     * openhtmltopdf tries after the CSS's family and before its own. openhtmltopdf reads every
     * fallback face it is given for every paper, so a paper in English is given none.
     */
    static void register(PdfRendererBuilder builder, Iterable<String> texts) {
        Set<String> fallbacks = fallbacksFor(texts);
        for (Face face : FACES) {
            if (face.fallback() && !fallbacks.contains(face.family())) {
                continue;
            }
            Set<FSFontUseCase> uses = EnumSet.of(face.fallback() ? FSFontUseCase.FALLBACK_PRE : FSFontUseCase.DOCUMENT);
            byte[] font = bytes(face.resource());
            builder.useFont(() -> new ByteArrayInputStream(font), face.family(), face.weight(), face.style(), true, uses);
        }
    }

    /** The fallback families that draw some character of {@code texts} (the first that has it). */
    static Set<String> fallbacksFor(Iterable<String> texts) {
        Set<String> families = new HashSet<>();
        forEachCharacterTheTextFaceLacks(texts, c -> {
            String family = familyWith(c);
            if (family != null) {
                families.add(family);
            }
        });
        return families;
    }

    /** The first fallback family with a letter for {@code c}, or null if none has one. */
    static String familyWith(int c) {
        for (Face face : FACES) {
            if (face.fallback() && face.weight() == 400 && cmap(face).getGlyphId(c) != 0) {
                return face.family();
            }
        }
        return null;
    }

    /** Each character of the texts (once per text) the text face (Liberation Sans) has no letter for. */
    static void forEachCharacterTheTextFaceLacks(Iterable<String> texts, IntConsumer action) {
        CmapLookup text = cmap(FACES.get(0));
        for (String t : texts) {
            if (t != null) {
                t.codePoints().filter(c -> c >= 0x80 && text.getGlyphId(c) == 0).distinct().forEach(action);
            }
        }
    }

    private static CmapLookup cmap(Face face) {
        return CMAPS.computeIfAbsent(face.family(), f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes(face.resource()))).getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A bundled font as the PDF embeds it (read once). */
    static byte[] bytes(String resource) {
        return BYTES.computeIfAbsent(resource, r -> withoutGlyphSubstitution(resource(r)));
    }

    /**
     * The font with its GSUB table hidden (renamed in the table directory, in memory only).
     * PDFBox 3 runs every text run of a font that has one through GSUB, compiling regular
     * expressions each time: two thirds of the time of a 250-page paper. For Latin text Liberation
     * Sans's GSUB only composes combining marks ("ccmp"); Arabic letters arrive already joined
     * ({@link ArabicShaper}), and the subset embedded in the PDF never carries the table anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        if (copy.length < 12) {
            return copy;
        }
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 > copy.length) {
                break;
            }
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        return copy;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
