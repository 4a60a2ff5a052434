package org.crosswalk.plans.reading.docx;

import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.plans.reading.ReaderSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Gives each numbered or bulleted paragraph the label Word shows before it, and its nesting in its list. */
final class ListLabels {
    /** A numbered paragraph's number, such as "2.18." or "2.18". */
    static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)+\\.?$");

    private final WordStyles styles;
    private final WordNumbering numbering;

    ListLabels(XWPFDocument document, WordStyles styles) {
        this.styles = styles;
        Node numberingRoot = null;
        if (document.getNumbering() != null) {
            try {
                numberingRoot = numberingNode(document);
            } catch (RuntimeException e) {
                numberingRoot = null;
            }
        }
        this.numbering = new WordNumbering(numberingRoot, styles);
    }

    private static Node numberingNode(XWPFDocument document) {
        // XWPFNumbering keeps its CTNumbering private; the part's nums and abstract nums share one DOM parent.
        var nums = document.getNumbering().getAbstractNums();
        if (!nums.isEmpty()) {
            return nums.get(0).getCTAbstractNum().getDomNode().getParentNode();
        }
        var instances = document.getNumbering().getNums();
        return instances.isEmpty() ? null : instances.get(0).getCTNum().getDomNode().getParentNode();
    }

    /** The next label of the paragraph's list, counting it; null when the paragraph is not in a list. */
    WordNumbering.Label label(Element pPr, String styleId) {
        Element numPr = Ooxml.child(pPr, "numPr");
        Element styleNumPr = styles.paragraphProperty(styleId, "numPr");
        String numId = Ooxml.childVal(numPr, "numId");
        String ilvl = Ooxml.childVal(numPr, "ilvl");
        if (numId == null) {
            numId = Ooxml.childVal(styleNumPr, "numId");
        }
        if (ilvl == null) {
            ilvl = Ooxml.childVal(styleNumPr, "ilvl");
        }
        if (numId == null || numId.equals("0")) {
            return null;
        }
        int level;
        try {
            level = ilvl == null ? 0 : Integer.parseInt(ilvl.strip());
        } catch (NumberFormatException e) {
            level = 0;
        }
        return numbering.next(numId, level);
    }

    /** The text with its label written before it, as Word shows it. */
    static String withLabel(WordNumbering.Label label, String text) {
        if (label == null || label.text().isBlank()) {
            return text;
        }
        String mark = ReaderSupport.clean(label.text());
        return "nothing".equals(label.level().suffix()) ? mark + text : mark + " " + text;
    }

    /** List nesting: 1 for the first level below any "2.18."-style paragraph levels of the same list. */
    int listLevel(WordNumbering.Label label) {
        int first = 0;
        for (int k = 0; k < label.ilvl(); k++) {
            WordNumbering.Level level = numbering.level(label.numId(), k);
            if (level != null && !level.isBullet() && level.places() >= 2) {
                first = k + 1;
            }
        }
        return Math.max(1, label.ilvl() + 1 - first);
    }
}
