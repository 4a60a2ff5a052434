package org.crosswalk.export.html;

import org.crosswalk.export.ExportText;

/**
 * Escapes text for HTML that must also be well-formed XML (openhtmltopdf parses the same markup
 * as XHTML): the five markup characters become entities XML knows ({@code &#39;} rather than
 * {@code &apos;}), and characters XML 1.0 forbids are dealt with by {@link ExportText}. Everything else, "£", "–", "ŵ" or an emoji, is written as itself:
 * the file is UTF-8.
 */
public final class HtmlEscaper {
    private HtmlEscaper() {
    }

    /** Text for element content and for attribute values in double or single quotes. */
    public static String escape(String text) {
        String clean = ExportText.clean(text);
        if (clean.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text with each line break kept as {@code <br />} (for addresses and author lists). */
    public static String escapeLines(String text) {
        String[] lines = (text == null ? "" : text.strip()).split("\\s*\\R\\s*");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br />");
            }
            out.append(escape(lines[i]));
        }
        return out.toString();
    }

}
