package org.crosswalk.plans.reading.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Counts a Word document's pages from its page and section breaks, and the numbers its headers and footers print. */
final class PageCounter {
    private static final Pattern PAGE_FIELD = Pattern.compile("(?i)^\\s*PAGE(?:\\s|\\\\|$)");

    /** One section of the document: how it starts, its page numbering and its headers and footers. */
    private record Section(String type, Integer start, boolean titlePage, Map<String, String> headers,
                           Map<String, String> footers) {
        boolean startsNewPage() {
            return !"continuous".equals(type);
        }
    }

    private final XWPFDocument document;
    private final boolean renderedBreaks;
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Boolean> pageFieldByPart = new HashMap<>();

    private int pdfPage = 1;
    private int printedPage = 1;
    private int sectionIndex;
    private int pageSection;
    private boolean firstPageOfSection = true;
    private boolean sectionPending;
    private int pageEvents;

    PageCounter(XWPFDocument document, boolean renderedBreaks) {
        this.document = document;
        this.renderedBreaks = renderedBreaks;
    }

    /** Whether the document records where Word broke its pages, rather than only its page and section breaks. */
    boolean renderedBreaks() {
        return renderedBreaks;
    }

    /** The page being read, counting from 1 at the start of the file. */
    int pdfPage() {
        return pdfPage;
    }

    /** How many page breaks have been counted. */
    int pageEvents() {
        return pageEvents;
    }

    /** Reads the body's sections and starts counting at the first section's page number. */
    void start(Node body) {
        readSections(body);
        Section first = sections.get(0);
        printedPage = first.start() == null ? 1 : first.start();
    }

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

    /** Counts this many page breaks, one after another. */
    void pageBreaks(int count) {
        for (int i = 0; i < count; i++) {
            pageBreak();
        }
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

    /** The end of a section: the next one starts here or on a new page. */
    void endSection() {
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
    Integer printedNow() {
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
}
