package org.crosswalk.export.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Bulleted lists as Word numbering (numbering.xml), so a list is a list to Word, to screen
 * readers and to "Convert text to table": one bullet definition, used by every list.
 */
final class DocxLists {
    static final BigInteger BULLETS = BigInteger.ONE;

    private DocxLists() {
    }

    static void install(XWPFDocument document) {
        try {
            document.createNumbering().setNumbering(NumberingDocument.Factory.parse(xml()).getNumbering());
        } catch (XmlException e) {
            throw new IllegalStateException("The built-in list definition is not well-formed", e);
        }
    }

    /** Makes {@code paragraph} an item of the bulleted list at {@code level} (0 or 1). */
    static void bullet(XWPFParagraph paragraph, int level) {
        paragraph.setStyle(DocxStyles.LIST_PARAGRAPH);
        paragraph.setNumID(BULLETS);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }

    private static String level(int level, String symbol, int indent) {
        return """
                <w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>\
                <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="284"/></w:pPr>\
                <w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s" w:hint="default"/></w:rPr></w:lvl>"""
                .formatted(level, symbol, indent, DocxStyles.FONT, DocxStyles.FONT, DocxStyles.FONT);
    }

    static String xml() {
        return """
                <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:abstractNum w:abstractNumId="0"><w:nsid w:val="3C1F7A52"/>\
                <w:multiLevelType w:val="hybridMultilevel"/>%s%s</w:abstractNum>\
                <w:num w:numId="%d"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""
                .formatted(level(0, "\u2022", 284), level(1, "\u2013", 568), BULLETS);
    }
}
