package org.crosswalk.plans.reading.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Puts a page's runs of characters together into lines: runs on one baseline that are close
 * together (a bullet and its text) form one line; small raised characters (endnote markers such
 * as "Manchester.²⁴") are left out.
 */
final class LineAssembler {
    private LineAssembler() {
    }

    static List<PdfLine> lines(int page, List<List<TextPosition>> runs) {
        List<PdfLine> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        for (List<TextPosition> run : runs) {
            if (!current.isEmpty() && !sameLine(current, run)) {
                addLine(page, current, lines);
                current = new ArrayList<>();
            }
            current.addAll(run);
        }
        addLine(page, current, lines);
        return lines;
    }

    private static boolean sameLine(List<TextPosition> line, List<TextPosition> run) {
        TextPosition last = line.get(line.size() - 1);
        TextPosition first = run.get(0);
        float size = Math.max(last.getFontSizeInPt(), first.getFontSizeInPt());
        boolean sameBaseline = Math.abs(baselineOf(line) - first.getYDirAdj()) < size * 0.3f;
        float gap = first.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        return sameBaseline && gap > -size && gap < size * 3f;
    }

    private static float baselineOf(List<TextPosition> line) {
        return dominant(line).getYDirAdj();
    }

    private static void addLine(int page, List<TextPosition> glyphs, List<PdfLine> lines) {
        if (glyphs.isEmpty()) {
            return;
        }
        TextPosition main = dominant(glyphs);
        float size = main.getFontSizeInPt();
        float baseline = main.getYDirAdj();
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        int boldChars = 0;
        int italicChars = 0;
        int counted = 0;
        for (TextPosition glyph : glyphs) {
            if (isRaisedMarker(glyph, size, baseline)) {
                previous = glyph; // so "England¹¹⁶," does not gain a space before the comma
                continue;
            }
            String unicode = glyph.getUnicode();
            if (previous != null && !unicode.isBlank() && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                if (gap > size * 0.18f) {
                    text.append(' ');
                }
            }
            text.append(unicode);
            previous = glyph;
            if (!unicode.isBlank()) {
                String font = fontName(glyph);
                counted++;
                boldChars += font.contains("bold") || font.contains("black") || font.contains("heavy") ? 1 : 0;
                italicChars += font.contains("italic") || font.contains("oblique") ? 1 : 0;
            }
        }
        String clean = text.toString().replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip();
        if (clean.isEmpty()) {
            return;
        }
        TextPosition last = glyphs.get(glyphs.size() - 1);
        lines.add(new PdfLine(page, clean, glyphs.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                baseline, size, boldChars * 2 > counted, italicChars * 2 > counted, 0));
    }

    /** Endnote markers: noticeably smaller than the line and sitting above its baseline. */
    private static boolean isRaisedMarker(TextPosition glyph, float lineSize, float baseline) {
        return glyph.getFontSizeInPt() < lineSize * 0.8f && baseline - glyph.getYDirAdj() > lineSize * 0.2f;
    }

    /** The font size and baseline most characters of the line use. */
    private static TextPosition dominant(List<TextPosition> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        TextPosition best = glyphs.get(0);
        int bestCount = 0;
        for (TextPosition glyph : glyphs) {
            int count = counts.merge(glyph.getFontSizeInPt(), 1, Integer::sum);
            if (count > bestCount) {
                bestCount = count;
                best = glyph;
            }
        }
        return best;
    }

    private static String fontName(TextPosition glyph) {
        String name = glyph.getFont() == null || glyph.getFont().getName() == null ? "" : glyph.getFont().getName();
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
