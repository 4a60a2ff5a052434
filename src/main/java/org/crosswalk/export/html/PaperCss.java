package org.crosswalk.export.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The style every HTML document Crosswalk writes shares: the paper style sheet
 * ({@code /export/paper.css}), the page (A4, margins, page numbers, board and reference at the top)
 * and the font families the PDF may name.
 */
final class PaperCss {
    private static final String CSS = readCss();

    private PaperCss() {
    }

    /**
     * A4 with page numbers and, at the top, the board and paper reference. Page margin boxes do
     * not inherit from {@code html}, so each names the font family itself.
     */
    static String pageCss(PaperHtml.Target target, String board, String reference, boolean landscape) {
        String family = target == PaperHtml.Target.PDF ? pdfFamily() : "Arial, \"Liberation Sans\", sans-serif";
        String box = " font-family: " + family + "; font-size: 9pt; color: #4d4d4d; }\n";
        StringBuilder css = new StringBuilder("@page {\n  size: A4" + (landscape ? " landscape" : "")
                + ";\n  margin: 20mm 18mm 18mm 18mm;\n");
        css.append("  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages);").append(box);
        String head = String.join("  ·  ", List.of(board, reference.isBlank() ? ""
                : "Paper " + reference).stream().filter(s -> !s.isBlank()).toList());
        if (!head.isEmpty()) {
            css.append("  @top-right { content: \"").append(cssString(head)).append("\";").append(box);
        }
        return css.append("}\n").toString();
    }

    /** The font families the PDF's CSS names: only those the PDF exporter embeds. */
    static String pdfFamily() {
        return "\"" + PaperHtml.PDF_FONT_FAMILY + "\"";
    }

    /** The paper style sheet, shared by every document Crosswalk writes as HTML. */
    static String css() {
        return CSS;
    }

    /** Text inside a CSS double-quoted string, inside a {@code <style>} element. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '<') {
                out.append("\\3C ");
            } else if (c == '&') {
                out.append("\\26 ");
            } else if (c == '>') {
                out.append("\\3E ");
            } else if (c < 0x20) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String readCss() {
        try (InputStream in = PaperCss.class.getResourceAsStream("/export/paper.css")) {
            if (in == null) {
                throw new IllegalStateException("The paper style sheet /export/paper.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
