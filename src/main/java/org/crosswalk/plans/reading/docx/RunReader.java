package org.crosswalk.plans.reading.docx;

import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the runs of a paragraph into its text, leaving out hidden text, deletions and footnote marks. */
final class RunReader {
    private static final Pattern NOTE_MARKER = Pattern.compile("^[\\[(]?\\d{1,3}(?:\\s*[,\u2013\\-]\\s*\\d{1,3})*[\\])]?$");

    private final WordStyles styles;
    private final boolean renderedBreaks;
    private int noteMarks;
    private int superscriptMarks;
    private boolean deletionsLeftOut;

    RunReader(WordStyles styles, boolean renderedBreaks) {
        this.styles = styles;
        this.renderedBreaks = renderedBreaks;
    }

    /** How many footnote and endnote marks were left out. */
    int marksLeftOut() {
        return noteMarks + superscriptMarks;
    }

    /** Whether deleted text (a tracked change) was left out. */
    boolean deletionsLeftOut() {
        return deletionsLeftOut;
    }

    ParagraphText read(Element p, String styleId) {
        ParagraphText para = new ParagraphText(styleId);
        runs(p, para);
        return para;
    }

    private void runs(Node parent, ParagraphText para) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (Ooxml.isW(e, "r")) {
                run(e, para);
            } else if (Ooxml.isW(e, "hyperlink") || Ooxml.isW(e, "smartTag") || Ooxml.isW(e, "customXml")
                    || Ooxml.isW(e, "ins") || Ooxml.isW(e, "moveTo") || Ooxml.isW(e, "fldSimple")
                    || Ooxml.isW(e, "dir") || Ooxml.isW(e, "bdo")) {
                runs(e, para);
            } else if (Ooxml.isW(e, "sdt")) {
                Element content = Ooxml.child(e, "sdtContent");
                if (content != null) {
                    runs(content, para);
                }
            } else if (Ooxml.is(e, Ooxml.MC, "AlternateContent")) {
                Element chosen = choose(e);
                if (chosen != null) {
                    runs(chosen, para);
                }
            } else if (Ooxml.isW(e, "del") || Ooxml.isW(e, "moveFrom")) {
                deletionsLeftOut = true;
            } else if ("http://schemas.openxmlformats.org/officeDocument/2006/math".equals(e.getNamespaceURI())
                    && (e.getLocalName().equals("oMath") || e.getLocalName().equals("oMathPara"))) {
                para.text.append(Ooxml.text(e));
            }
        }
    }

    private void run(Element r, ParagraphText para) {
        Element rPr = Ooxml.child(r, "rPr");
        String runStyle = Ooxml.childVal(rPr, "rStyle");
        Element vanish = Ooxml.child(rPr, "vanish");
        boolean hidden = Boolean.TRUE.equals(Ooxml.onOff(vanish != null ? vanish
                : styles.runProperty(runStyle, "vanish")));
        String vertical = Ooxml.childVal(rPr, "vertAlign");
        if (vertical == null) {
            vertical = Ooxml.val(styles.runProperty(runStyle, "vertAlign"));
        }
        boolean marker = "superscript".equals(vertical) || styles.isNoteReference(runStyle);
        StringBuilder text = new StringBuilder();
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (Ooxml.is(e, Ooxml.MC, "AlternateContent")) {
                Element chosen = choose(e);
                if (chosen != null) {
                    textBoxes(chosen, para.textBoxes);
                }
                continue;
            }
            if (!Ooxml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> text.append(Ooxml.text(e));
                case "tab", "ptab", "cr" -> text.append(' ');
                case "br" -> {
                    if ("page".equals(Ooxml.attr(e, "type"))) {
                        mark(para, text, false);
                    }
                    text.append(' ');
                }
                case "noBreakHyphen" -> text.append('-');
                case "lastRenderedPageBreak" -> mark(para, text, true);
                case "footnoteReference", "endnoteReference" -> noteMarks++;
                case "drawing", "pict", "object" -> textBoxes(e, para.textBoxes);
                default -> {
                    // softHyphen, sym, fldChar, instrText, delText, annotations: nothing to show
                }
            }
        }
        if (hidden) {
            return;
        }
        if (marker && NOTE_MARKER.matcher(text.toString().strip()).matches()) {
            superscriptMarks++;
            return;
        }
        if (!text.toString().isBlank()) {
            para.allBold &= isBold(rPr, runStyle, para.styleId);
            para.largestSize = Math.max(para.largestSize, fontSize(rPr, runStyle, para.styleId));
        }
        para.text.append(text);
    }

    private boolean isBold(Element rPr, String runStyle, String paragraphStyle) {
        return Boolean.TRUE.equals(Ooxml.onOff(runProperty(rPr, "b", runStyle, paragraphStyle)));
    }

    private int fontSize(Element rPr, String runStyle, String paragraphStyle) {
        Integer halfPoints = Ooxml.intVal(runProperty(rPr, "sz", runStyle, paragraphStyle));
        return halfPoints == null ? 0 : halfPoints;
    }

    /** A run property set on the run itself, else by its character style, else by its paragraph style. */
    private Element runProperty(Element rPr, String localName, String runStyle, String paragraphStyle) {
        Element property = Ooxml.child(rPr, localName);
        if (property == null) {
            property = styles.runProperty(runStyle, localName);
        }
        if (property == null) {
            property = styles.runProperty(paragraphStyle, localName);
        }
        return property;
    }

    /** A page break found in a run: before the paragraph's first words or after them. */
    private void mark(ParagraphText para, CharSequence runSoFar, boolean rendered) {
        if (rendered != renderedBreaks) {
            return;
        }
        if (para.text.toString().isBlank() && runSoFar.toString().isBlank()) {
            para.breaksBefore++;
        } else {
            para.breaksAfter++;
        }
    }

    private static void textBoxes(Node node, List<Element> found) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (Ooxml.isW(e, "txbxContent")) {
                found.add(e);
            } else if (Ooxml.is(e, Ooxml.MC, "AlternateContent")) {
                Element chosen = choose(e);
                if (chosen != null) {
                    textBoxes(chosen, found);
                }
            } else {
                textBoxes(e, found);
            }
        }
    }

    /** One branch of a markup-compatibility choice: the first that holds text boxes, else the first. */
    static Element choose(Element alternateContent) {
        Element first = null;
        for (Element branch : Ooxml.elements(alternateContent)) {
            if (first == null) {
                first = branch;
            }
            if (Ooxml.hasDescendant(branch, "txbxContent")) {
                return branch;
            }
        }
        return first;
    }
}
