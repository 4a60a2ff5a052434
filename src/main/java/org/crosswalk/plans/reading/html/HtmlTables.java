package org.crosswalk.plans.reading.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosswalk.plans.reading.ReaderSupport;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Tells boxes and data tables from layout, and reads a data table's caption and rows as text. */
final class HtmlTables {
    private HtmlTables() {
    }

    /** An aside, a Word bordered block, a box-like class ("call-to-action", "govuk-inset-text") or a one-cell table. */
    static boolean isBox(Element e) {
        String tag = e.normalName();
        if (tag.equals("aside")) {
            return true;
        }
        if (e.attr("style").toLowerCase(Locale.ROOT).contains("mso-element:para-border-div")) {
            return true;
        }
        for (String name : e.classNames()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("box") || n.endsWith("-box") || n.endsWith("_box") || n.startsWith("box-")
                    || n.equals("call-to-action") || n.equals("example") || n.equals("govuk-inset-text")
                    || n.equals("case-study") || n.equals("callout") || n.equals("info-box")) {
                return true;
            }
        }
        return tag.equals("table") && isSingleCell(e);
    }

    private static boolean isSingleCell(Element table) {
        List<Element> rows = rows(table);
        return rows.size() == 1 && cells(rows.get(0)).size() == 1;
    }

    /** A table of data, read as one block, rather than one used for layout or as a box. */
    static boolean isDataTable(Element table) {
        String role = table.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none") || isSingleCell(table)) {
            return false;
        }
        return table.select("table table, h1, h2, h3, h4, h5, h6").isEmpty();
    }

    /** The rows of a table, not those of tables inside it. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The text of the table's own caption, or "" when it has none; footnote markers left out are counted. */
    static String captionText(Element table, int[] markers) {
        Element caption = table.selectFirst("caption");
        if (caption != null && caption.closest("table") == table) {
            return textOf(caption, markers);
        }
        return "";
    }

    /** The table's rows, one a line, with cells split by " | "; footnote markers left out are counted. */
    static String rowsText(Element table, int[] markers) {
        StringBuilder out = new StringBuilder();
        for (Element row : rows(table)) {
            if (PageFurniture.isSkipped(row, Integer.MAX_VALUE)) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            boolean any = false;
            for (Element cell : cells(row)) {
                String text = textOf(cell, markers);
                any |= !text.isEmpty();
                texts.add(text);
            }
            if (any) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(String.join(" | ", texts));
            }
        }
        return out.toString();
    }

    /** Text inside a block, with the same things left out as elsewhere. */
    private static String textOf(Element element, int[] markers) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e && e != element && depth <= HtmlPlanReader.MAX_DEPTH) {
                    if (PageFurniture.isSkipped(e, Integer.MAX_VALUE)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (NoteMarkers.isNoteMarker(e)) {
                        markers[0]++;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || PageWalker.BLOCK_TAGS.contains(e.normalName())) {
                        out.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && PageWalker.BLOCK_TAGS.contains(e.normalName())) {
                    out.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return ReaderSupport.clean(out.toString());
    }
}
