package org.crosswalk.plans.reading.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading WordprocessingML elements through the DOM: children, w:val, on/off switches. */
final class Ooxml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Ooxml() {
    }

    static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element && localName.equals(node.getLocalName())
                && namespace.equals(node.getNamespaceURI());
    }

    static boolean isW(Node node, String localName) {
        return is(node, W, localName);
    }

    /** The first w: child with this name, or null. */
    static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** Follows a path of w: children ("pPr", "numPr", "ilvl"), or null where one is missing. */
    static Element path(Node parent, String... localNames) {
        Node at = parent;
        for (String name : localNames) {
            at = child(at, name);
            if (at == null) {
                return null;
            }
        }
        return (Element) at;
    }

    static List<Element> children(Node parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, localName)) {
                found.add((Element) n);
            }
        }
        return found;
    }

    static List<Element> elements(Node parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    /** A w: attribute, or null when absent. */
    static String attr(Element element, String localName) {
        if (element == null) {
            return null;
        }
        String value = element.getAttributeNS(W, localName);
        if (value == null || value.isEmpty()) {
            value = element.getAttribute("w:" + localName);
        }
        return value == null || value.isEmpty() ? null : value;
    }

    static String val(Element element) {
        return attr(element, "val");
    }

    /** The w:val of the named child, or null. */
    static String childVal(Node parent, String localName) {
        return val(child(parent, localName));
    }

    static Integer intVal(Element element) {
        String value = val(element);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An on/off property such as w:vanish: present without a value means on. */
    static Boolean onOff(Element element) {
        if (element == null) {
            return null;
        }
        String value = val(element);
        return value == null || !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off"));
    }

    /** Whether any descendant of {@code node} is the w: element {@code localName}. */
    static boolean hasDescendant(Node node, String localName) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, localName) || n.getFirstChild() != null && hasDescendant(n, localName)) {
                return true;
            }
        }
        return false;
    }

    /** The text inside an element (XmlBeans' DOM has no getTextContent). */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            short type = n.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (type == Node.ELEMENT_NODE) {
                appendText(n, out);
            }
        }
    }
}
