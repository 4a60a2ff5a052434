package org.crosswalk.plans.reading.docx;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.plans.reading.BlockRole;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.ReaderSupport;
import org.crosswalk.plans.reading.SourceBlock;
import org.w3c.dom.Element;

/** Reads Word tables: a one-cell table as a box, any other as one block of rows with cells split by " | ". */
final class DocxTables {
    private final DocxBody body;
    private final ReadProgress progress;
    private final WordStyles styles;
    private final RunReader runs;
    private final ListLabels labels;
    private final PageCounter pages;
    private final BoxGroups groups;

    DocxTables(DocxBody body, ReadProgress progress, WordStyles styles, RunReader runs, ListLabels labels,
               PageCounter pages, BoxGroups groups) {
        this.body = body;
        this.progress = progress;
        this.styles = styles;
        this.runs = runs;
        this.labels = labels;
        this.pages = pages;
        this.groups = groups;
    }

    void table(Element tbl, int boxGroup, boolean silent) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element row : tableParts(tbl, "tr")) {
            rows.add(tableParts(row, "tc"));
        }
        if (rows.size() == 1 && rows.get(0).size() == 1) {
            int group = boxGroup != 0 ? boxGroup : groups.next();
            for (Element inner : Ooxml.elements(rows.get(0).get(0))) {
                body.element(inner, group, silent);
            }
            groups.endBordered();
            return;
        }
        boolean startFound = false;
        Integer pdf = null;
        Integer printed = null;
        StringBuilder out = new StringBuilder();
        List<ParagraphText> paras = new ArrayList<>();
        for (List<Element> row : rows) {
            progress.checkCancelled();
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (Element cell : row) {
                paras.clear();
                String text = cellText(cell, paras);
                for (ParagraphText para : paras) {
                    pages.pageBreaks(para.breaksBefore);
                    if (!startFound && !para.text.toString().isBlank()) {
                        startFound = true;
                        pdf = pages.pdfPage();
                        printed = pages.printedNow();
                    }
                    pages.pageBreaks(para.breaksAfter);
                }
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(String.join(" | ", cells));
            }
        }
        if (!silent && out.length() > 0) {
            body.add(new SourceBlock(BlockRole.TABLE, 0, out.toString(), pdf, printed, boxGroup));
        }
        if (boxGroup == 0) {
            groups.endBordered();
        }
    }

    /** Rows of a table or cells of a row, including those wrapped in content controls. */
    private static List<Element> tableParts(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element e : Ooxml.elements(parent)) {
            if (Ooxml.isW(e, localName)) {
                found.add(e);
            } else if (Ooxml.isW(e, "sdt")) {
                Element content = Ooxml.child(e, "sdtContent");
                if (content != null) {
                    found.addAll(tableParts(content, localName));
                }
            } else if (Ooxml.isW(e, "customXml")) {
                found.addAll(tableParts(e, localName));
            }
        }
        return found;
    }

    /** A cell's paragraphs (and any tables inside it) as one line. */
    private String cellText(Element cell, List<ParagraphText> paras) {
        List<String> parts = new ArrayList<>();
        for (Element e : Ooxml.elements(cell)) {
            if (Ooxml.isW(e, "p")) {
                Element pPr = Ooxml.child(e, "pPr");
                String styleId = styles.paragraphStyle(Ooxml.childVal(pPr, "pStyle"));
                ParagraphText para = runs.read(e, styleId);
                paras.add(para);
                WordNumbering.Label label = labels.label(pPr, styleId);
                String text = ReaderSupport.clean(para.text.toString());
                if (!text.isEmpty()) {
                    parts.add(label == null || label.level().isBullet() ? text : ListLabels.withLabel(label, text));
                }
            } else if (Ooxml.isW(e, "tbl")) {
                for (Element row : tableParts(e, "tr")) {
                    for (Element inner : tableParts(row, "tc")) {
                        String text = cellText(inner, paras);
                        if (!text.isEmpty()) {
                            parts.add(text);
                        }
                    }
                }
            } else if (Ooxml.isW(e, "sdt") || Ooxml.isW(e, "customXml")) {
                Element content = Ooxml.isW(e, "sdt") ? Ooxml.child(e, "sdtContent") : e;
                if (content != null) {
                    String text = cellText(content, paras);
                    if (!text.isEmpty()) {
                        parts.add(text);
                    }
                }
            }
        }
        return String.join(" ", parts);
    }
}
