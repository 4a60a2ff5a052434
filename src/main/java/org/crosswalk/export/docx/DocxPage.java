package org.crosswalk.export.docx;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.crosswalk.export.Paper;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A4 (portrait, or landscape for wide tables) with 2 cm margins, a "Page N of M" footer, and the document's properties. */
final class DocxPage {
    /** A4 in twentieths of a point. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    /** 2 cm. */
    static final int MARGIN = 1134;
    static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - 2 * MARGIN;

    /** What the page set-up needs to know of a document: its title, who wrote it, its reference, what it is. */
    record Details(String title, String author, String reference, String description, boolean landscape) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxPage() {
    }

    /** Call last: finishes the body (which must end with a paragraph) and adds the section settings. */
    static void setUp(XWPFDocument document, Paper paper) {
        String authors = paper.authors() == null || paper.authors().isBlank() ? paper.board() : paper.authors();
        String description = paper.sources().isEmpty() ? null : "Local priorities mapped to the paragraphs of "
                + String.join(" and ", paper.sources().stream().map(Paper.Source::title).toList()) + ".";
        setUp(document, new Details(paper.title(), authors, paper.reference(), description, false));
    }

    /** Call last, as {@link #setUp(XWPFDocument, Paper)}, for any document. */
    static void setUp(XWPFDocument document, Details details) {
        var elements = document.getBodyElements();
        IBodyElement last = elements.isEmpty() ? null : elements.get(elements.size() - 1);
        if (last == null || last instanceof XWPFTable) {
            document.createParagraph();
        }
        footer(document, details.reference());
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(details.landscape() ? A4_HEIGHT : A4_WIDTH));
        size.setH(BigInteger.valueOf(details.landscape() ? A4_WIDTH : A4_HEIGHT));
        size.setOrient(details.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        settings(document.getSettings().getCTSettings());
        properties(document, details);
    }

    /**
     * Word's own settings for a new document: en-GB, and the Word 2013+ layout mode, so Word does
     * not open the paper in "Compatibility Mode". (POI's lite schema has no compat class, so
     * that element is written with a cursor.)
     */
    private static void settings(CTSettings settings) {
        settings.addNewThemeFontLang().setVal(Paper.LANGUAGE);
        try (XmlCursor cursor = settings.getThemeFontLang().newCursor()) {
            cursor.beginElement(new QName(W, "compat"));
            cursor.beginElement(new QName(W, "compatSetting"));
            cursor.insertAttributeWithValue(new QName(W, "name"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(W, "val"), "15");
        }
    }

    private static void footer(XWPFDocument document, String paperReference) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        String reference = paperReference == null || paperReference.isBlank() ? ""
                : paperReference.strip() + " \u00b7 ";
        DocxText.text(paragraph, reference + "Page ");
        DocxText.field(paragraph, "PAGE", "1");
        DocxText.text(paragraph, " of ");
        DocxText.field(paragraph, "NUMPAGES", "1");
    }

    private static void properties(XWPFDocument document, Details details) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(DocxText.clean(details.title()));
        core.setCreator(DocxText.clean(details.author()));
        core.getUnderlyingProperties().setLanguageProperty(Paper.LANGUAGE);
        if (details.description() != null) {
            core.setDescription(DocxText.clean(details.description()));
        }
        document.getProperties().getExtendedProperties().setApplication("Crosswalk");
    }
}
