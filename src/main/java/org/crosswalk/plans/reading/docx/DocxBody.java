package org.crosswalk.plans.reading.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.crosswalk.plans.reading.BlockRole;
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
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)+\\.?$");
    private static final Pattern SINGLE_NUMBER = Pattern.compile("^\\d+[.)]?$");
    private static final Pattern NOTE_MARKER = Pattern.compile("^[\\[(]?\\d{1,3}(?:\\s*[,\u2013\\-]\\s*\\d{1,3})*[\\])]?$");
    private static final Pattern CHAPTER = Pattern.compile("(?i)^chapter\\s+\\S+");
    private static final Pattern PAGE_FIELD = Pattern.compile("(?i)^\\s*PAGE(?:\\s|\\\\|$)");

    /** One section of the document: how it starts, its page numbering and its headers and footers. */
    private record Section(String type, Integer start, boolean titlePage, Map<String, String> headers,
                           Map<String, String> footers) {
        boolean startsNewPage() {
            return !"continuous".equals(type);
        }
    }

    /** The text of one paragraph as read, and the page breaks before and after its first words. */
    private static final class Para {
        final StringBuilder text = new StringBuilder();
        final List<Element> textBoxes = new ArrayList<>();
        final String styleId;
        int breaksBefore;
        int breaksAfter;
        /** Whether every run with text is bold, and the largest font size (half-points) seen. */
        boolean allBold = true;
        int largestSize;

        Para(String styleId) {
            this.styleId = styleId;
        }
    }

    /** A body paragraph typed in bold on its own, which may be a heading in a document without heading styles. */
    private record BoldLine(int index, int size) {
    }

    private final XWPFDocument document;
    private final ReadProgress progress;
    private final WordStyles styles;
    private final WordNumbering numbering;
    private final List<SourceBlock> blocks = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Boolean> pageFieldByPart = new HashMap<>();
    private final List<BoldLine> boldLines = new ArrayList<>();

    private final boolean renderedBreaks;
    private String titleHint;
    private int nextGroup = 1;
    private int borderGroup;

    private int pdfPage = 1;
    private int printedPage = 1;
    private int sectionIndex;
    private int pageSection;
    private boolean firstPageOfSection = true;
    private boolean sectionPending;
    private int pageEvents;

    private boolean leftOutContents;
    private boolean leftOutCover;
    private int noteMarks;
    private int superscriptMarks;
    private boolean deletionsLeftOut;

    DocxBody(XWPFDocument document, ReadProgress progress) {
        this.document = document;
        this.progress = progress;
        this.styles = new WordStyles(document.getStyles() == null ? null
                : document.getStyles().getCtStyles().getDomNode());
        Node numberingRoot = null;
        if (document.getNumbering() != null) {
            try {
                numberingRoot = numberingNode(document);
            } catch (RuntimeException e) {
                numberingRoot = null;
            }
        }
        this.numbering = new WordNumbering(numberingRoot, styles);
        Node body = body();
        this.renderedBreaks = Ooxml.hasDescendant(body, "lastRenderedPageBreak");
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

    private Node body() {
        return document.getDocument().getBody().getDomNode();
    }

    SourceDocument read() throws PlanReadException {
        Node body = body();
        readSections(body);
        Section first = sections.get(0);
        printedPage = first.start() == null ? 1 : first.start();
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
        if (pageEvents == 0) {
            result = new ArrayList<>();
            for (SourceBlock b : blocks) {
                result.add(new SourceBlock(b.role(), b.level(), b.text(), null, null, b.group()));
            }
        }
        result = ReaderSupport.shiftHeadings(boldLinesAsHeadings(result));
        if (!ReaderSupport.hasText(result)) {
            throw new PlanReadException("This Word document has no text to import.");
        }
        String title = titleHint != null ? titleHint : propertiesTitle();
        return new SourceDocument(title, result, pageEvents == 0 ? 0 : pdfPage, notes());
    }

    private String propertiesTitle() {
        try {
            String title = document.getProperties().getCoreProperties().getTitle();
            title = ReaderSupport.clean(title);
            if (title.startsWith("Microsoft Word - ")) {
                title = title.substring("Microsoft Word - ".length()).replaceFirst("\\.docx?$", "");
            }
            return title.isEmpty() ? null : title;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!document.getHeaderList().isEmpty() || !document.getFooterList().isEmpty()) {
            notes.add("Left out the running headers and footers.");
        }
        if (leftOutCover) {
            notes.add("Left out the cover page.");
        }
        if (leftOutContents) {
            notes.add("Left out the table of contents.");
        }
        if (noteMarks + superscriptMarks > 0) {
            int marks = noteMarks + superscriptMarks;
            notes.add("Left out " + marks + " footnote or endnote mark" + (marks == 1 ? "" : "s")
                    + "; the notes themselves are not imported.");
        }
        if (deletionsLeftOut) {
            notes.add("The document has tracked changes: deleted text was left out and inserted text kept.");
        }
        if (pageEvents > 0 && !renderedBreaks) {
            notes.add("The document does not record where Word broke its pages, so page numbers count only its "
                    + "page and section breaks.");
        }
        return notes;
    }

    // ----- sections and pages -----

    private void readSections(Node body) {
        for (Element child : Ooxml.elements(body)) {
            if (Ooxml.isW(child, "p")) {
                Element sectPr = Ooxml.path(child, "pPr", "sectPr");
                if (sectPr != null) {
                    sections.add(section(sectPr));
                }
            } else if (Ooxml.isW(child, "sectPr")) {
                sections.add(section(child));
            }
        }
        if (sections.isEmpty()) {
            sections.add(new Section("nextPage", null, false, Map.of(), Map.of()));
        }
    }

    private static Section section(Element sectPr) {
        Map<String, String> headers = new HashMap<>();
        Map<String, String> footers = new HashMap<>();
        for (Element e : Ooxml.elements(sectPr)) {
            if (Ooxml.isW(e, "headerReference") || Ooxml.isW(e, "footerReference")) {
                String type = Ooxml.attr(e, "type");
                String id = e.getAttributeNS(Ooxml.R, "id");
                if (id != null && !id.isEmpty()) {
                    (Ooxml.isW(e, "headerReference") ? headers : footers).put(type == null ? "default" : type, id);
                }
            }
        }
        Integer start = null;
        Element pgNumType = Ooxml.child(sectPr, "pgNumType");
        if (pgNumType != null && Ooxml.attr(pgNumType, "start") != null) {
            try {
                start = Integer.parseInt(Ooxml.attr(pgNumType, "start").strip());
            } catch (NumberFormatException e) {
                start = null;
            }
        }
        String type = Ooxml.childVal(sectPr, "type");
        return new Section(type == null ? "nextPage" : type, start,
                Boolean.TRUE.equals(Ooxml.onOff(Ooxml.child(sectPr, "titlePg"))), headers, footers);
    }

    private void pageBreak() {
        pdfPage++;
        printedPage++;
        pageEvents++;
        firstPageOfSection = false;
        if (sectionPending) {
            startSection();
        }
    }

    private void startSection() {
        sectionPending = false;
        pageSection = sectionIndex;
        firstPageOfSection = true;
        Integer start = sections.get(sectionIndex).start();
        if (start != null) {
            printedPage = start;
        }
    }

    private void endSection() {
        if (sectionIndex + 1 >= sections.size()) {
            return;
        }
        sectionIndex++;
        Section next = sections.get(sectionIndex);
        if (!next.startsNewPage()) {
            pageSection = sectionIndex;
            return;
        }
        sectionPending = true;
        if (!renderedBreaks) {
            pageBreak();
        }
    }

    /** The page number printed on the current page, or null when its header and footer show none. */
    private Integer printedNow() {
        return showsPageNumber(pageSection, firstPageOfSection) ? printedPage : null;
    }

    private boolean showsPageNumber(int index, boolean firstPage) {
        boolean titlePage = sections.get(index).titlePage();
        String kind = titlePage && firstPage ? "first" : "default";
        return hasPageField(inherited(index, kind, true)) || hasPageField(inherited(index, kind, false));
    }

    private String inherited(int index, String kind, boolean header) {
        for (int i = index; i >= 0; i--) {
            Section s = sections.get(i);
            String id = (header ? s.headers() : s.footers()).get(kind);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private boolean hasPageField(String relationId) {
        if (relationId == null) {
            return false;
        }
        return pageFieldByPart.computeIfAbsent(relationId, id -> {
            try {
                POIXMLDocumentPart part = document.getRelationById(id);
                return part instanceof XWPFHeaderFooter hf && containsPageField(hf._getHdrFtr().getDomNode());
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private static boolean containsPageField(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (Ooxml.isW(n, "instrText") && PAGE_FIELD.matcher(Ooxml.text(n)).find()) {
                return true;
            }
            if (Ooxml.isW(n, "fldSimple")) {
                String instr = Ooxml.attr((Element) n, "instr");
                if (instr != null && PAGE_FIELD.matcher(instr).find()) {
                    return true;
                }
            }
            if (n.getFirstChild() != null && containsPageField(n)) {
                return true;
            }
        }
        return false;
    }

    // ----- block content -----

    /** One element of the body, a table cell or a text box. */
    private void element(Element e, int boxGroup, boolean silent) {
        if (Ooxml.isW(e, "p")) {
            paragraph(e, boxGroup, silent);
        } else if (Ooxml.isW(e, "tbl")) {
            table(e, boxGroup, silent);
        } else if (Ooxml.isW(e, "sdt")) {
            String gallery = Ooxml.val(Ooxml.path(e, "sdtPr", "docPartObj", "docPartGallery"));
            boolean contents = gallery != null && gallery.toLowerCase(Locale.ROOT).contains("table of contents");
            boolean cover = gallery != null && gallery.toLowerCase(Locale.ROOT).contains("cover page");
            leftOutContents |= contents;
            leftOutCover |= cover;
            Element content = Ooxml.child(e, "sdtContent");
            if (content != null) {
                for (Element inner : Ooxml.elements(content)) {
                    element(inner, boxGroup, silent || contents || cover);
                }
            }
        } else if (Ooxml.isW(e, "customXml") || Ooxml.isW(e, "ins") || Ooxml.isW(e, "moveTo")) {
            for (Element inner : Ooxml.elements(e)) {
                element(inner, boxGroup, silent);
            }
        } else if (Ooxml.is(e, Ooxml.MC, "AlternateContent")) {
            Element chosen = choose(e);
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
        Para para = read(p, styleId);
        if (!renderedBreaks && Boolean.TRUE.equals(pageBreakBefore(pPr, styleId))) {
            para.breaksBefore++;
        }
        for (int i = 0; i < para.breaksBefore; i++) {
            pageBreak();
        }
        Integer pdf = pdfPage;
        Integer printed = printedNow();
        for (int i = 0; i < para.breaksAfter; i++) {
            pageBreak();
        }
        WordNumbering.Label label = label(pPr, styleId);
        String text = ReaderSupport.clean(para.text.toString());
        if (Ooxml.child(pPr, "sectPr") != null) {
            endSection();
        }
        boolean title = styles.isNamed(styleId, "title");
        if (silent || styles.isContents(styleId) || title || styles.isNamed(styleId, "subtitle")) {
            leftOutContents |= !silent && styles.isContents(styleId);
            if (title && titleHint == null && !text.isEmpty()) {
                titleHint = text;
            }
            return;
        }
        if (!text.isEmpty()) {
            int before = blocks.size();
            emitParagraph(text, label, pPr, styleId, boxGroup, pdf, printed);
            if (blocks.size() == before + 1 && blocks.get(before).role() == BlockRole.BODY && para.allBold
                    && label == null && isShortLine(text)) {
                boldLines.add(new BoldLine(before, para.largestSize));
            }
        }
        for (Element box : para.textBoxes) {
            int group = boxGroup != 0 ? boxGroup : nextGroup++;
            for (Element inner : Ooxml.elements(box)) {
                element(inner, group, false);
            }
        }
    }

    private void emitParagraph(String text, WordNumbering.Label label, Element pPr, String styleId, int boxGroup,
                               Integer pdf, Integer printed) {
        Integer heading = headingLevel(pPr, styleId);
        BlockRole role;
        int level = 0;
        String shown = text;
        if (heading != null) {
            role = BlockRole.HEADING;
            level = heading;
            shown = withLabel(label, text);
        } else if (label != null && label.level().isBullet()) {
            role = BlockRole.LIST_ITEM;
            level = listLevel(label);
        } else if (label != null && (PARAGRAPH_NUMBER.matcher(label.text().strip()).matches()
                || !styles.isListStyle(styleId) && SINGLE_NUMBER.matcher(label.text().strip()).matches())) {
            role = BlockRole.BODY;
            shown = withLabel(label, text);
        } else if (label != null && !label.text().isBlank()) {
            role = BlockRole.LIST_ITEM;
            level = listLevel(label);
            shown = withLabel(label, text);
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
            if (borderGroup == 0) {
                borderGroup = nextGroup++;
            }
            group = borderGroup;
        } else if (boxGroup == 0) {
            borderGroup = 0;
        }
        if (group != 0) {
            String boxed = role == BlockRole.LIST_ITEM && !ReaderSupport.isLetteredEntry(shown) ? "\u2022 " + shown
                    : shown;
            blocks.add(new SourceBlock(BlockRole.BOXED, 0, boxed, pdf, printed, group));
        } else {
            blocks.add(new SourceBlock(role, level, shown, pdf, printed, 0));
        }
    }

    private static String withLabel(WordNumbering.Label label, String text) {
        if (label == null || label.text().isBlank()) {
            return text;
        }
        String mark = ReaderSupport.clean(label.text());
        return "nothing".equals(label.level().suffix()) ? mark + text : mark + " " + text;
    }

    /** List nesting: 1 for the first level below any "2.18."-style paragraph levels of the same list. */
    private int listLevel(WordNumbering.Label label) {
        int first = 0;
        for (int k = 0; k < label.ilvl(); k++) {
            WordNumbering.Level level = numbering.level(label.numId(), k);
            if (level != null && !level.isBullet() && level.places() >= 2) {
                first = k + 1;
            }
        }
        return Math.max(1, label.ilvl() + 1 - first);
    }

    private Integer headingLevel(Element pPr, String styleId) {
        Integer direct = Ooxml.intVal(Ooxml.child(pPr, "outlineLvl"));
        if (direct != null) {
            return direct >= 0 && direct <= 8 ? direct + 1 : null;
        }
        return styles.headingLevel(styleId);
    }

    private Boolean pageBreakBefore(Element pPr, String styleId) {
        Element direct = Ooxml.child(pPr, "pageBreakBefore");
        return Ooxml.onOff(direct != null ? direct : styles.paragraphProperty(styleId, "pageBreakBefore"));
    }

    private WordNumbering.Label label(Element pPr, String styleId) {
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

    private void table(Element tbl, int boxGroup, boolean silent) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element row : tableParts(tbl, "tr")) {
            rows.add(tableParts(row, "tc"));
        }
        if (rows.size() == 1 && rows.get(0).size() == 1) {
            int group = boxGroup != 0 ? boxGroup : nextGroup++;
            for (Element inner : Ooxml.elements(rows.get(0).get(0))) {
                element(inner, group, silent);
            }
            borderGroup = 0;
            return;
        }
        boolean startFound = false;
        Integer pdf = null;
        Integer printed = null;
        StringBuilder out = new StringBuilder();
        List<Para> paras = new ArrayList<>();
        for (List<Element> row : rows) {
            progress.checkCancelled();
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (Element cell : row) {
                paras.clear();
                String text = cellText(cell, paras);
                for (Para para : paras) {
                    for (int i = 0; i < para.breaksBefore; i++) {
                        pageBreak();
                    }
                    if (!startFound && !para.text.toString().isBlank()) {
                        startFound = true;
                        pdf = pdfPage;
                        printed = printedNow();
                    }
                    for (int i = 0; i < para.breaksAfter; i++) {
                        pageBreak();
                    }
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
            blocks.add(new SourceBlock(BlockRole.TABLE, 0, out.toString(), pdf, printed, boxGroup));
        }
        if (boxGroup == 0) {
            borderGroup = 0;
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
    private String cellText(Element cell, List<Para> paras) {
        List<String> parts = new ArrayList<>();
        for (Element e : Ooxml.elements(cell)) {
            if (Ooxml.isW(e, "p")) {
                Element pPr = Ooxml.child(e, "pPr");
                String styleId = styles.paragraphStyle(Ooxml.childVal(pPr, "pStyle"));
                Para para = read(e, styleId);
                paras.add(para);
                WordNumbering.Label label = label(pPr, styleId);
                String text = ReaderSupport.clean(para.text.toString());
                if (!text.isEmpty()) {
                    parts.add(label == null || label.level().isBullet() ? text : withLabel(label, text));
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

    // ----- runs -----

    private Para read(Element p, String styleId) {
        Para para = new Para(styleId);
        runs(p, para);
        return para;
    }

    private void runs(Node parent, Para para) {
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

    private void run(Element r, Para para) {
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
        Element bold = Ooxml.child(rPr, "b");
        if (bold == null) {
            bold = styles.runProperty(runStyle, "b");
        }
        if (bold == null) {
            bold = styles.runProperty(paragraphStyle, "b");
        }
        return Boolean.TRUE.equals(Ooxml.onOff(bold));
    }

    private int fontSize(Element rPr, String runStyle, String paragraphStyle) {
        Element size = Ooxml.child(rPr, "sz");
        if (size == null) {
            size = styles.runProperty(runStyle, "sz");
        }
        if (size == null) {
            size = styles.runProperty(paragraphStyle, "sz");
        }
        Integer halfPoints = Ooxml.intVal(size);
        return halfPoints == null ? 0 : halfPoints;
    }

    /** Short, without a closing full stop or colon, and not a numbered paragraph: a line a heading could be. */
    private static boolean isShortLine(String text) {
        if (text.length() > 120 || text.split(" ").length > 15) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".,;:".indexOf(last) < 0 && !PARAGRAPH_NUMBER.matcher(text.split(" ")[0]).matches()
                && ReaderSupport.typedBulletLength(text) < 0;
    }

    /**
     * In a document that uses no heading styles, bold lines standing alone are its headings: "Chapter"
     * lines and the largest type are level 1, smaller bold lines level 2.
     */
    private List<SourceBlock> boldLinesAsHeadings(List<SourceBlock> read) {
        if (boldLines.isEmpty() || read.stream().anyMatch(b -> b.role() == BlockRole.HEADING)) {
            return read;
        }
        boolean chapters = boldLines.stream().anyMatch(b -> CHAPTER.matcher(read.get(b.index()).text()).find());
        int largest = boldLines.stream().mapToInt(BoldLine::size).max().orElse(0);
        boolean sized = boldLines.stream().mapToInt(BoldLine::size).distinct().count() > 1;
        List<SourceBlock> result = new ArrayList<>(read);
        for (BoldLine line : boldLines) {
            SourceBlock block = read.get(line.index());
            boolean top = chapters ? CHAPTER.matcher(block.text()).find() : !sized || line.size() == largest;
            result.set(line.index(), new SourceBlock(BlockRole.HEADING, top ? 1 : 2, block.text(), block.pdfPage(),
                    block.printedPage(), 0));
        }
        return result;
    }

    /** A page break found in a run: before the paragraph's first words or after them. */
    private void mark(Para para, CharSequence runSoFar, boolean rendered) {
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
    private static Element choose(Element alternateContent) {
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
