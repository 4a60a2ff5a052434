package org.crosswalk.plans.reading.docx;

import java.util.regex.Pattern;
import org.crosswalk.plans.reading.BlockRole;
import org.crosswalk.plans.reading.ReaderSupport;
import org.crosswalk.plans.reading.SourceBlock;
import org.w3c.dom.Element;

/** Decides whether a paragraph is a heading, list entry, numbered paragraph, body text or boxed text. */
final class ParagraphBlocks {
    private static final Pattern SINGLE_NUMBER = Pattern.compile("^\\d+[.)]?$");

    private final WordStyles styles;
    private final ListLabels labels;
    private final BoxGroups groups;

    ParagraphBlocks(WordStyles styles, ListLabels labels, BoxGroups groups) {
        this.styles = styles;
        this.labels = labels;
        this.groups = groups;
    }

    /** The block a paragraph with text gives, boxed when it is in a box or drawn with borders or shading. */
    SourceBlock block(String text, WordNumbering.Label label, Element pPr, String styleId, int boxGroup,
                      Integer pdf, Integer printed) {
        Integer heading = headingLevel(pPr, styleId);
        BlockRole role;
        int level = 0;
        String shown = text;
        if (heading != null) {
            role = BlockRole.HEADING;
            level = heading;
            shown = ListLabels.withLabel(label, text);
        } else if (label != null && label.level().isBullet()) {
            role = BlockRole.LIST_ITEM;
            level = labels.listLevel(label);
        } else if (label != null && (ListLabels.PARAGRAPH_NUMBER.matcher(label.text().strip()).matches()
                || !styles.isListStyle(styleId) && SINGLE_NUMBER.matcher(label.text().strip()).matches())) {
            role = BlockRole.BODY;
            shown = ListLabels.withLabel(label, text);
        } else if (label != null && !label.text().isBlank()) {
            role = BlockRole.LIST_ITEM;
            level = labels.listLevel(label);
            shown = ListLabels.withLabel(label, text);
        } else {
            int bullet = ReaderSupport.typedBulletLength(text);
            if (bullet >= 0) {
                role = BlockRole.LIST_ITEM;
                level = 1;
                shown = text.substring(bullet).strip();
            } else if (ReaderSupport.isLetteredEntry(text)) {
                role = BlockRole.LIST_ITEM;
                level = 1;
            } else {
                role = BlockRole.BODY;
            }
        }
        int group = boxGroup;
        if (group == 0 && heading == null && isBoxed(pPr, styleId)) {
            group = groups.bordered();
        } else if (boxGroup == 0) {
            groups.endBordered();
        }
        if (group != 0) {
            String boxed = role == BlockRole.LIST_ITEM && !ReaderSupport.isLetteredEntry(shown) ? "\u2022 " + shown
                    : shown;
            return new SourceBlock(BlockRole.BOXED, 0, boxed, pdf, printed, group);
        }
        return new SourceBlock(role, level, shown, pdf, printed, 0);
    }

    private Integer headingLevel(Element pPr, String styleId) {
        Integer direct = Ooxml.intVal(Ooxml.child(pPr, "outlineLvl"));
        if (direct != null) {
            return direct >= 0 && direct <= 8 ? direct + 1 : null;
        }
        return styles.headingLevel(styleId);
    }

    /** A paragraph drawn in a box or shaded panel: borders on at least three sides, a left rule, or a fill. */
    private boolean isBoxed(Element pPr, String styleId) {
        Element borders = Ooxml.child(pPr, "pBdr");
        if (borders == null) {
            borders = styles.paragraphProperty(styleId, "pBdr");
        }
        if (borders != null) {
            int sides = 0;
            boolean left = false;
            for (String side : new String[] {"top", "bottom", "left", "right"}) {
                String val = Ooxml.val(Ooxml.child(borders, side));
                if (val != null && !val.equals("nil") && !val.equals("none")) {
                    sides++;
                    left |= side.equals("left");
                }
            }
            if (sides >= 3 || left) {
                return true;
            }
        }
        Element shading = Ooxml.child(pPr, "shd");
        if (shading == null) {
            shading = styles.paragraphProperty(styleId, "shd");
        }
        String fill = Ooxml.attr(shading, "fill");
        return fill != null && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
    }
}
