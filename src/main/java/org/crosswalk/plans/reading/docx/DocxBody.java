package org.crosswalk.plans.reading.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.ReaderSupport;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.SourceDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the body of one Word document in reading order and turns its paragraphs, tables and
 * text boxes into source blocks, counting pages from the page breaks Word saved.
 */
final class DocxBody {
    private final XWPFDocument document;
    private final ReadProgress progress;
    private final WordStyles styles;
    private final PageCounter pages;
    private final RunReader runs;
    private final ListLabels labels;
    private final ParagraphBlocks paragraphs;
    private final DocxTables tables;
    private final FrontMatter frontMatter;
    private final BoldHeadings boldHeadings = new BoldHeadings();
    private final BoxGroups groups = new BoxGroups();
    private final List<SourceBlock> blocks = new ArrayList<>();
    private boolean deletionsLeftOut;

    DocxBody(XWPFDocument document, ReadProgress progress) {
        this.document = document;
        this.progress = progress;
        this.styles = new WordStyles(document.getStyles() == null ? null
                : document.getStyles().getCtStyles().getDomNode());
        this.labels = new ListLabels(document, styles);
        boolean renderedBreaks = Ooxml.hasDescendant(body(), "lastRenderedPageBreak");
        this.pages = new PageCounter(document, renderedBreaks);
        this.runs = new RunReader(styles, renderedBreaks);
        this.paragraphs = new ParagraphBlocks(styles, labels, groups);
        this.tables = new DocxTables(this, progress, styles, runs, labels, pages, groups);
        this.frontMatter = new FrontMatter(styles);
    }

    private Node body() {
        return document.getDocument().getBody().getDomNode();
    }

    SourceDocument read() throws PlanReadException {
        Node body = body();
        pages.start(body);
        List<Element> top = Ooxml.elements(body);
        for (int i = 0; i < top.size(); i++) {
            progress.checkCancelled();
            if (i % 20 == 0) {
                progress.update(i, top.size(), "Reading paragraph " + (i + 1) + " of " + top.size());
            }
            element(top.get(i), 0, false);
        }
        progress.update(top.size(), top.size(), "Read " + top.size() + " paragraphs");
        List<SourceBlock> result = blocks;
        if (pages.pageEvents() == 0) {
            result = new ArrayList<>();
            for (SourceBlock b : blocks) {
                result.add(new SourceBlock(b.role(), b.level(), b.text(), null, null, b.group()));
            }
        }
        result = ReaderSupport.shiftHeadings(boldHeadings.asHeadings(result));
        if (!ReaderSupport.hasText(result)) {
            throw new PlanReadException("This Word document has no text to import.");
        }
        return new SourceDocument(frontMatter.title(document), result,
                pages.pageEvents() == 0 ? 0 : pages.pdfPage(), notes());
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!document.getHeaderList().isEmpty() || !document.getFooterList().isEmpty()) {
            notes.add("Left out the running headers and footers.");
        }
        frontMatter.addNotes(notes);
        int marks = runs.marksLeftOut();
        if (marks > 0) {
            notes.add("Left out " + marks + " footnote or endnote mark" + (marks == 1 ? "" : "s")
                    + "; the notes themselves are not imported.");
        }
        if (deletionsLeftOut || runs.deletionsLeftOut()) {
            notes.add("The document has tracked changes: deleted text was left out and inserted text kept.");
        }
        if (pages.pageEvents() > 0 && !pages.renderedBreaks()) {
            notes.add("The document does not record where Word broke its pages, so page numbers count only its "
                    + "page and section breaks.");
        }
        return notes;
    }

    /** Adds a block read from the body. */
    void add(SourceBlock block) {
        blocks.add(block);
    }

    /** One element of the body, a table cell or a text box. */
    void element(Element e, int boxGroup, boolean silent) {
        if (Ooxml.isW(e, "p")) {
            paragraph(e, boxGroup, silent);
        } else if (Ooxml.isW(e, "tbl")) {
            tables.table(e, boxGroup, silent);
        } else if (Ooxml.isW(e, "sdt")) {
            boolean leftOut = frontMatter.isLeftOutPart(e);
            Element content = Ooxml.child(e, "sdtContent");
            if (content != null) {
                for (Element inner : Ooxml.elements(content)) {
                    element(inner, boxGroup, silent || leftOut);
                }
            }
        } else if (Ooxml.isW(e, "customXml") || Ooxml.isW(e, "ins") || Ooxml.isW(e, "moveTo")) {
            for (Element inner : Ooxml.elements(e)) {
                element(inner, boxGroup, silent);
            }
        } else if (Ooxml.is(e, Ooxml.MC, "AlternateContent")) {
            Element chosen = RunReader.choose(e);
            if (chosen != null) {
                for (Element inner : Ooxml.elements(chosen)) {
                    element(inner, boxGroup, silent);
                }
            }
        } else if (Ooxml.isW(e, "del") || Ooxml.isW(e, "moveFrom")) {
            deletionsLeftOut = true;
        }
    }

    private void paragraph(Element p, int boxGroup, boolean silent) {
        progress.checkCancelled();
        Element pPr = Ooxml.child(p, "pPr");
        String styleId = styles.paragraphStyle(Ooxml.childVal(pPr, "pStyle"));
        ParagraphText para = runs.read(p, styleId);
        if (!pages.renderedBreaks() && Boolean.TRUE.equals(pageBreakBefore(pPr, styleId))) {
            para.breaksBefore++;
        }
        pages.pageBreaks(para.breaksBefore);
        Integer pdf = pages.pdfPage();
        Integer printed = pages.printedNow();
        pages.pageBreaks(para.breaksAfter);
        WordNumbering.Label label = labels.label(pPr, styleId);
        String text = ReaderSupport.clean(para.text.toString());
        if (Ooxml.child(pPr, "sectPr") != null) {
            pages.endSection();
        }
        if (frontMatter.isLeftOut(styleId, text, silent)) {
            return;
        }
        if (!text.isEmpty()) {
            SourceBlock block = paragraphs.block(text, label, pPr, styleId, boxGroup, pdf, printed);
            blocks.add(block);
            boldHeadings.consider(block, blocks.size() - 1, para, label, text);
        }
        for (Element box : para.textBoxes) {
            int group = boxGroup != 0 ? boxGroup : groups.next();
            for (Element inner : Ooxml.elements(box)) {
                element(inner, group, false);
            }
        }
    }

    private Boolean pageBreakBefore(Element pPr, String styleId) {
        Element direct = Ooxml.child(pPr, "pageBreakBefore");
        return Ooxml.onOff(direct != null ? direct : styles.paragraphProperty(styleId, "pageBreakBefore"));
    }
}
