package org.crosswalk.export.html;

/**
 * Escapes text for HTML that must also be well-formed XML (openhtmltopdf parses the same markup
 * as XHTML): the five markup characters become entities XML knows ({@code &#39;} rather than
 * {@code &apos;}), and characters XML 1.0 forbids (control characters, lone surrogates,
 * U+FFFE/U+FFFF) are dropped. Everything else, "£", "–", "ŵ" or an emoji, is written as itself:
 * the file is UTF-8.
 */
public final class HtmlEscaper {
    private HtmlEscaper() {
    }

    /** Text for element content and for attribute values in double or single quotes. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        }
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
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

    /** XML 1.0 Char, for one UTF-16 unit that is not a surrogate. */
    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
