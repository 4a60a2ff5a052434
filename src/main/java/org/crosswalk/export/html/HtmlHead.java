package org.crosswalk.export.html;

import static org.crosswalk.export.html.HtmlEscaper.escape;

import java.util.Map;
import org.crosswalk.export.Paper;

/**
 * The start and end of the head of every HTML document Crosswalk writes (the board paper and the
 * progress report): en-GB, UTF-8, title and the author / subject / generator metadata, and, for
 * the PDF, openhtmltopdf's bookmarks (the PDF outline) from the sections found in the body.
 */
final class HtmlHead {
    private HtmlHead() {
    }

    /** Everything up to the style sheet: the caller appends {@code <style>} next. */
    static void open(StringBuilder out, String title, String author, String subject) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Paper.LANGUAGE).append("\" xml:lang=\"")
                .append(Paper.LANGUAGE).append("\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(escape(title)).append("</title>\n");
        meta(out, "author", author);
        meta(out, "subject", subject);
        meta(out, "generator", "Crosswalk");
    }

    /** The bookmarks (PDF only: section ids and headings, in order), then {@code </head>}. */
    static void close(StringBuilder out, PaperHtml.Target target, Map<String, String> outline) {
        if (target == PaperHtml.Target.PDF && !outline.isEmpty()) {
            out.append("<bookmarks>\n");
            outline.forEach((id, name) -> out.append("<bookmark name=\"").append(escape(name)).append("\" href=\"#")
                    .append(id).append("\"></bookmark>\n"));
            out.append("</bookmarks>\n");
        }
        out.append("</head>\n");
    }

    /** Several authors on separate lines become one "A; B" line. */
    static String author(String authors, String board) {
        String text = authors == null ? "" : authors;
        return text.isBlank() ? (board == null ? "" : board) : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static void meta(StringBuilder out, String name, String content) {
        if (content != null && !content.isBlank()) {
            out.append("<meta name=\"").append(name).append("\" content=\"").append(escape(content)).append("\" />\n");
        }
    }
}
