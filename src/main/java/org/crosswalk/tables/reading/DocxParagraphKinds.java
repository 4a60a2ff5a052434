package org.crosswalk.tables.reading;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.crosswalk.plans.reading.ReaderSupport;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What a Word paragraph is: a heading (by "Heading N" style, or by outline level, which is how
 * Word marks headings whatever the style is called in the document's language, "Überschrift 1"
 * or "Titre 1"), a list entry (Word numbering or bullets, from the paragraph or its style, or a
 * bullet typed by hand), or plain text.
 */
final class DocxParagraphKinds {
    private static final Pattern HEADING_NAME = Pattern.compile("^heading\\s*([1-9])$");
    private static final Pattern LIST_STYLE = Pattern.compile("^list (?:bullet|number)(?:\\s*([2-9]))?$");
    private static final int MAX_CHAIN = 20;

    private final XWPFStyles styles;

    DocxParagraphKinds(XWPFStyles styles) {
        this.styles = styles;
    }

    /** Heading level 1–9, or 0 for a paragraph that is not a heading. */
    int headingLevel(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().getPPr();
        if (pPr != null && pPr.isSetOutlineLvl()) {
            return outline(pPr.getOutlineLvl());
        }
        for (XWPFStyle style : chain(paragraph.getStyleID())) {
            Matcher name = HEADING_NAME.matcher(lower(style.getName()));
            if (name.matches()) {
                return Integer.parseInt(name.group(1));
            }
            CTPPrGeneral stylePPr = style.getCTStyle().getPPr();
            if (stylePPr != null && stylePPr.isSetOutlineLvl()) {
                return outline(stylePPr.getOutlineLvl());
            }
        }
        return 0;
    }

    /** List level 1–9 (1 = top-level bullet), or 0 for a paragraph that is not a list entry. */
    int listLevel(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().getPPr();
        if (pPr != null && pPr.isSetNumPr()) {
            return numbered(pPr.getNumPr());
        }
        for (XWPFStyle style : chain(paragraph.getStyleID())) {
            CTPPrGeneral stylePPr = style.getCTStyle().getPPr();
            if (stylePPr != null && stylePPr.isSetNumPr()) {
                return numbered(stylePPr.getNumPr());
            }
            Matcher name = LIST_STYLE.matcher(lower(style.getName()));
            if (name.matches()) {
                return name.group(1) == null ? 1 : Integer.parseInt(name.group(1));
            }
        }
        return ReaderSupport.typedBulletLength(paragraph.getText().strip()) > 0 ? 1 : 0;
    }

    /** The style and those it is based on, nearest first (a loop in the chain is cut off). */
    private List<XWPFStyle> chain(String styleId) {
        List<XWPFStyle> chain = new ArrayList<>();
        String id = styleId;
        while (id != null && styles != null && chain.size() < MAX_CHAIN) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            chain.add(style);
            id = style.getBasisStyleID();
        }
        return chain;
    }

    /** The paragraph's text on one line, without a bullet typed by hand. */
    static String text(XWPFParagraph paragraph) {
        String text = ReaderSupport.clean(paragraph.getText());
        int bullet = ReaderSupport.typedBulletLength(text);
        return bullet > 0 ? text.substring(bullet) : text;
    }

    private static int numbered(CTNumPr numPr) {
        if (numPr.isSetNumId() && BigInteger.ZERO.equals(numPr.getNumId().getVal())) {
            return 0; // numId 0 switches numbering off
        }
        BigInteger ilvl = numPr.isSetIlvl() ? numPr.getIlvl().getVal() : BigInteger.ZERO;
        return Math.min(9, ilvl.intValue() + 1);
    }

    private static int outline(CTDecimalNumber level) {
        int value = level.getVal() == null ? 9 : level.getVal().intValue();
        return value >= 0 && value <= 8 ? value + 1 : 0;
    }

    private static String lower(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
