package org.crosswalk.plans.reading.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents built the way an officer types them: Word's built-in heading, title and list
 * styles, typed or automatic paragraph numbers, bullets, footnotes and page breaks.
 */
final class WordFiles {
    private final XWPFDocument document = new XWPFDocument();
    private final XWPFStyles styles = document.createStyles();
    private XWPFNumbering numbering;

    WordFiles() {
        style("Title", "Title", null);
        style("Heading1", "heading 1", 0);
        style("Heading2", "heading 2", 1);
        style("Heading3", "heading 3", 2);
        style("ListParagraph", "List Paragraph", null);
        style("TOC1", "toc 1", null);
        CTStyle footnoteReference = CTStyle.Factory.newInstance();
        footnoteReference.setStyleId("FootnoteReference");
        footnoteReference.setType(STStyleType.CHARACTER);
        footnoteReference.addNewName().setVal("footnote reference");
        footnoteReference.addNewRPr().addNewVertAlign().setVal(
                org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(footnoteReference));
    }

    private void style(String id, String name, Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (outlineLevel != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        styles.addStyle(new XWPFStyle(style));
    }

    XWPFDocument document() {
        return document;
    }

    XWPFParagraph paragraph(String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        if (text != null) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    XWPFParagraph title(String text) {
        return paragraph("Title", text);
    }

    XWPFParagraph heading(int level, String text) {
        return paragraph("Heading" + level, text);
    }

    XWPFParagraph body(String text) {
        return paragraph(null, text);
    }

    /** A paragraph whose number is typed, with a tab after it as officers do: "2.18.\tThe NHS ...". */
    XWPFParagraph typedNumber(String number, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(number);
        run.addTab();
        run.setText(text);
        return paragraph;
    }

    /** A list definition, one level per format and text: ("decimal", "%1.%2."), ("bullet", "•"). */
    BigInteger list(int firstStart, String[][] levels) {
        if (numbering == null) {
            numbering = document.createNumbering();
        }
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.valueOf(i == 0 ? firstStart : 1));
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
            lvl.addNewLvlText().setVal(levels[i][1]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
        return numbering.addNum(abstractId);
    }

    /** Another instance of a list's definition that starts one level at a given number. */
    BigInteger restart(BigInteger numId, int ilvl, int start) {
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        BigInteger newId = numbering.addNum(abstractId);
        CTNum num = numbering.getNum(newId).getCTNum();
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(ilvl));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return newId;
    }

    XWPFParagraph numbered(BigInteger numId, int ilvl, String styleId, String text) {
        XWPFParagraph paragraph = paragraph(styleId, text);
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(ilvl));
        return paragraph;
    }

    /** Adds a real footnote reference after the paragraph's text. */
    void footnote(XWPFParagraph paragraph, String note) {
        if (document.getFootnotes().isEmpty()) {
            document.createFootnotes();
        }
        XWPFFootnote footnote = document.createFootnote();
        footnote.createParagraph().createRun().setText(note);
        paragraph.addFootnoteReference(footnote);
    }

    /** A number typed as superscript, as in endnote marks copied from a PDF. */
    void superscript(XWPFParagraph paragraph, String digits) {
        XWPFRun run = paragraph.createRun();
        run.setText(digits);
        run.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
    }

    void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** A footer showing the page number, as Insert > Page Number writes it. */
    void pageNumberFooter() {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.getCTP().addNewFldSimple().setInstr(" PAGE ");
    }

    /** The final section's page numbering: first printed number and a separate (blank) first page. */
    void numberPagesFrom(int start, boolean titlePage) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        section.addNewPgNumType().setStart(BigInteger.valueOf(start));
        if (titlePage) {
            section.addNewTitlePg();
        }
    }

    /** A copy of a Word file with one part (such as "word/document.xml") replaced. */
    static Path withPart(Path source, String partName, byte[] content, Path target) throws IOException {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals(partName)) {
                    out.write(content);
                } else {
                    try (java.io.InputStream part = in.getInputStream(entry)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        document.close();
        return file;
    }
}
