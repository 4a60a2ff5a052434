package org.crosswalk.plans.reading.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Tells page furniture (navigation, banners, forms, hidden text, footnote lists) from the plan's own text. */
final class PageFurniture {
    private static final Set<String> SKIPPED_TAGS = Set.of("nav", "footer", "script", "style", "noscript", "form",
            "button", "input", "select", "textarea", "option", "template", "iframe", "object", "embed", "svg", "canvas",
            "map", "dialog", "head", "title", "meta", "link", "audio", "video", "math", "menu");
    private static final Set<String> SKIPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "dialog",
            "alertdialog", "menu", "menubar", "toolbar", "doc-endnotes", "doc-footnotes", "doc-toc");
    /** Class or id fragments of page furniture that is not the plan's text. */
    private static final List<String> SKIPPED_NAMES = List.of("cookie", "consent", "gdpr", "skip-link", "skiplink",
            "breadcrumb", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "contents-list",
            "table-of-contents", "related-navigation", "related-links", "feedback", "back-to-top", "msotoc");

    private PageFurniture() {
    }

    /**
     * Whether an element is page furniture rather than the plan's text. Class and id names
     * ("cookie-banner") only count for elements holding at most {@code nameLimit} characters,
     * so a wrapper named "has-cookie-banner" around the whole page is still read.
     */
    static boolean isSkipped(Element e, int nameLimit) {
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && e.closest("main, article, [role=main]") == null) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || "hidden".equalsIgnoreCase(e.attr("type"))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")
                || style.contains("mso-element:header") || style.contains("mso-element:footer")
                || style.contains("mso-element:footnote") || style.contains("mso-element:endnote")
                || style.contains("mso-element:comment")) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (SKIPPED_ROLES.contains(role)) {
            return true;
        }
        if (isFootnoteList(e)) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && isNamedFurniture(names) && e.text().length() <= nameLimit;
    }

    private static boolean isNamedFurniture(String names) {
        for (String fragment : SKIPPED_NAMES) {
            if (names.contains(fragment)) {
                return true;
            }
        }
        for (String token : names.split("\\s+")) {
            if (token.equals("toc")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFootnoteList(Element e) {
        String names = (" " + e.className() + " " + e.id() + " ").toLowerCase(Locale.ROOT);
        return names.contains(" footnotes ") || names.contains(" endnotes ") || names.contains(" footnote-list ")
                || names.contains(" endnote-list ");
    }

    /**
     * What a skipped element was, as the import's notes name it ("navigation", "cookie banner",
     * "footnotes", "forms"), or null when it is not worth a note.
     */
    static String kind(Element e) {
        String tag = e.normalName();
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (tag.equals("nav") || "navigation".equalsIgnoreCase(e.attr("role")) || names.contains("breadcrumb")
                || names.contains("contents-list")) {
            return "navigation";
        } else if (names.contains("cookie") || names.contains("consent")) {
            return "cookie banner";
        } else if (isFootnoteList(e) || e.attr("role").toLowerCase(Locale.ROOT).startsWith("doc-")
                || e.attr("style").toLowerCase(Locale.ROOT).contains("mso-element:footnote")
                || e.attr("style").toLowerCase(Locale.ROOT).contains("mso-element:endnote")) {
            return "footnotes";
        } else if (tag.equals("form")) {
            return "forms";
        }
        return null;
    }
}
