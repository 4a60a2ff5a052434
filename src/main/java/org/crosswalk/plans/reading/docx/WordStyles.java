package org.crosswalk.plans.reading.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The styles of a Word document and what follows from them: which paragraph styles are
 * headings (by built-in name "heading N" or outline level, through "based on" chains), the
 * title, contents entries, and inherited paragraph and run properties.
 */
final class WordStyles {
    private static final Pattern HEADING_NAME = Pattern.compile("^heading\\s*([1-9])$");
    private static final int MAX_CHAIN = 30;

    record Style(String id, String name, String type, String basedOn, Element pPr, Element rPr) {
    }

    private final Map<String, Style> byId = new HashMap<>();
    private String defaultParagraph;

    WordStyles(Node stylesRoot) {
        if (stylesRoot == null) {
            return;
        }
        Node root = stylesRoot instanceof Document d ? d.getDocumentElement() : stylesRoot;
        for (Element style : Ooxml.children(root, "style")) {
            String id = Ooxml.attr(style, "styleId");
            if (id == null) {
                continue;
            }
            String name = Ooxml.childVal(style, "name");
            Style parsed = new Style(id, name == null ? id.toLowerCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT),
                    Ooxml.attr(style, "type"), Ooxml.childVal(style, "basedOn"), Ooxml.child(style, "pPr"),
                    Ooxml.child(style, "rPr"));
            byId.putIfAbsent(id, parsed);
            String isDefault = Ooxml.attr(style, "default");
            if ("paragraph".equals(parsed.type()) && ("1".equals(isDefault) || "true".equalsIgnoreCase(isDefault)
                    || "on".equalsIgnoreCase(isDefault)) && defaultParagraph == null) {
                defaultParagraph = id;
            }
        }
    }

    /** The paragraph's style id, or the document's default paragraph style. */
    String paragraphStyle(String styleId) {
        return styleId != null && byId.containsKey(styleId) ? styleId : defaultParagraph;
    }

    /** The first non-null answer along the style's "based on" chain. */
    <T> T inChain(String styleId, Function<Style, T> question) {
        String id = styleId;
        for (int i = 0; id != null && i < MAX_CHAIN; i++) {
            Style style = byId.get(id);
            if (style == null) {
                return null;
            }
            T answer = question.apply(style);
            if (answer != null) {
                return answer;
            }
            id = style.basedOn();
        }
        return null;
    }

    /** Heading level 1-9 of a paragraph style, or null for body text. */
    Integer headingLevel(String styleId) {
        Integer level = inChain(styleId, style -> {
            Matcher m = HEADING_NAME.matcher(style.name());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            Integer outline = Ooxml.intVal(Ooxml.child(style.pPr(), "outlineLvl"));
            if (outline != null) {
                return outline >= 0 && outline <= 8 ? outline + 1 : 0;
            }
            return null;
        });
        return level != null && level > 0 ? level : null;
    }

    boolean isNamed(String styleId, String lowerName) {
        return Boolean.TRUE.equals(inChain(styleId, style -> style.name().equals(lowerName) ? Boolean.TRUE : null));
    }

    /** A contents entry ("toc 1" ... and "TOC Heading"). */
    boolean isContents(String styleId) {
        Style style = styleId == null ? null : byId.get(styleId);
        if (style == null) {
            return false;
        }
        return style.name().startsWith("toc ") || style.name().equals("toc heading")
                || style.name().equals("table of figures");
    }

    /** A style made for lists: "List Paragraph", "List Bullet 2", "List Number" ... */
    boolean isListStyle(String styleId) {
        return Boolean.TRUE.equals(inChain(styleId, style -> style.name().startsWith("list") ? Boolean.TRUE : null));
    }

    /** A paragraph property element (w:numPr, w:pBdr, w:shd ...) from the style chain. */
    Element paragraphProperty(String styleId, String localName) {
        return inChain(styleId, style -> Ooxml.child(style.pPr(), localName));
    }

    /** A run property element (w:vertAlign, w:vanish ...) from a character style chain. */
    Element runProperty(String styleId, String localName) {
        return inChain(styleId, style -> Ooxml.child(style.rPr(), localName));
    }

    /** A character style for footnote or endnote references. */
    boolean isNoteReference(String styleId) {
        return Boolean.TRUE.equals(inChain(styleId, style -> style.name().equals("footnote reference")
                || style.name().equals("endnote reference") ? Boolean.TRUE : null));
    }
}
