package org.crosswalk.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.crosswalk.export.Paper;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The paper's Word styles (styles.xml): Arial 12 and en-GB as the document defaults and in
 * Normal, so Word's style pane shows them; Title, Heading 1 and 2, Caption, List Paragraph and
 * a bordered table style. Written as the XML Word itself writes, child elements in schema order.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String CAPTION = "Caption";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String TABLE = "TableGrid";
    static final String FONT = "Arial";
    /** Normal text size in half-points (12 pt). */
    static final int HALF_POINTS = 24;

    private static final String TEXT_COLOUR = "000000";
    private static final String HEADING_COLOUR = "003087";

    private DocxStyles() {
    }

    static void install(XWPFDocument document) {
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(xml()).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("The built-in Word styles are not well-formed", e);
        }
    }

    private static String fonts() {
        return "<w:rFonts w:ascii=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\" w:hAnsi=\"" + FONT
                + "\" w:cs=\"" + FONT + "\"/>";
    }

    private static String lang() {
        return "<w:lang w:val=\"" + Paper.LANGUAGE + "\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>";
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    private static String heading(String id, String name, int level, int halfPoints, int before) {
        return """
                <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%d" w:after="120"/>\
                <w:outlineLvl w:val="%d"/></w:pPr>\
                <w:rPr>%s<w:b/><w:bCs/><w:color w:val="%s"/>%s</w:rPr></w:style>
                """.formatted(id, name, before, level, fonts(), HEADING_COLOUR, size(halfPoints));
    }

    static String xml() {
        return """
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:docDefaults><w:rPrDefault><w:rPr>%1$s%2$s%3$s</w:rPr></w:rPrDefault>\
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>\
                </w:pPrDefault></w:docDefaults>\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
                <w:rPr>%1$s<w:color w:val="%4$s"/>%2$s%3$s</w:rPr></w:style>\
                <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
                <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>\
                <w:unhideWhenUsed/></w:style>\
                <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
                <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>\
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
                <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\
                </w:tblCellMar></w:tblPr></w:style>\
                <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>\
                <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>\
                <w:pPr><w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>\
                <w:rPr>%1$s<w:b/><w:bCs/><w:color w:val="%5$s"/><w:kern w:val="28"/>%6$s</w:rPr></w:style>\
                %7$s%8$s\
                <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>\
                <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/>\
                <w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/></w:pPr>\
                <w:rPr><w:b/><w:bCs/>%2$s</w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>\
                <w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>\
                <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>\
                <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>\
                <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>\
                <w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/></w:pPr>\
                <w:tblPr><w:tblBorders>%9$s</w:tblBorders><w:tblCellMar><w:top w:w="85" w:type="dxa"/>\
                <w:left w:w="113" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="113" w:type="dxa"/>\
                </w:tblCellMar></w:tblPr></w:style>\
                </w:styles>"""
                .formatted(fonts(), size(HALF_POINTS), lang(), TEXT_COLOUR, HEADING_COLOUR, size(40),
                        heading(HEADING_1, "heading 1", 0, 32, 360).strip(),
                        heading(HEADING_2, "heading 2", 1, 28, 240).strip(), borders());
    }

    /** Table borders: single 0.5 pt lines, outside and inside. */
    static String borders() {
        StringBuilder xml = new StringBuilder();
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            xml.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        return xml.toString();
    }
}
