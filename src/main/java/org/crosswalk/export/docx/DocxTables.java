package org.crosswalk.export.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.crosswalk.export.Paper;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * One theme's table: a header row that repeats on every page and never splits, then a row per
 * priority. Two columns (about 35% / 65%), no merged cells, so a screen reader can follow it.
 */
final class DocxTables {
    static final String NOT_MAPPED = "Not yet mapped.";
    private static final String HEADER_FILL = "DCE6F2";
    private static final String ELLIPSIS = "\u2026";

    private DocxTables() {
    }

    static XWPFTable write(XWPFDocument document, Paper paper, Paper.ThemeTable theme, int width) {
        int left = Math.round(width * 0.35f);
        int[] widths = {left, width - left};
        XWPFTable table = document.createTable(1 + theme.rows().size(), 2);
        layout(table, widths, theme.theme() + ": " + paper.priorityHeading() + " and " + paper.planHeading());

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        headerCell(header.getCell(0), paper.priorityHeading(), widths[0]);
        headerCell(header.getCell(1), paper.planHeading(), widths[1]);

        List<Paper.PriorityRow> rows = theme.rows();
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i + 1);
            priorityCell(row.getCell(0), rows.get(i), paper.showSubItems(), widths[0]);
            planCell(row.getCell(1), rows.get(i), widths[1]);
        }
        return table;
    }

    static void layout(XWPFTable table, int[] widths, String description) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders(); // the TableGrid style draws the borders
        }
        properties.addNewTblStyle().setVal(DocxStyles.TABLE);
        CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).asLongStream().sum()));
        CTTblLayoutType layout = properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblLook look = properties.addNewTblLook();
        look.setVal(new byte[] {0x06, 0x20}); // first row, no banding
        look.setFirstRow(true);
        look.setLastRow(false);
        look.setFirstColumn(false);
        look.setLastColumn(false);
        look.setNoHBand(true);
        look.setNoVBand(true);
        properties.addNewTblCaption().setVal(DocxText.clean(description));

        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    static void width(XWPFTableCell cell, int width) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        cellWidth.setType(STTblWidth.DXA);
        cellWidth.setW(BigInteger.valueOf(width));
    }

    static void headerCell(XWPFTableCell cell, String heading, int width) {
        width(cell, width);
        var shading = cell.getCTTc().getTcPr().addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(HEADER_FILL);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        DocxText.keepWithNext(paragraph);
        DocxText.bold(paragraph, heading);
    }

    private static void priorityCell(XWPFTableCell cell, Paper.PriorityRow row, boolean subItems, int width) {
        width(cell, width);
        Cell content = new Cell(cell);
        DocxText.bold(content.next(), row.priority());
        if (subItems) {
            for (String item : row.subItems()) {
                XWPFParagraph paragraph = content.next();
                DocxLists.bullet(paragraph, 0);
                DocxText.text(paragraph, item);
            }
        }
        if (row.note() != null && !row.note().isBlank()) {
            DocxText.text(content.next(), row.note().strip());
        }
    }

    private static void planCell(XWPFTableCell cell, Paper.PriorityRow row, int width) {
        width(cell, width);
        Cell content = new Cell(cell);
        switch (row.status()) {
            case LINKED -> row.quotes().forEach(quote -> quote(content.next(), quote));
            case NO_MENTION -> DocxText.italic(content.next(), row.noMention());
            case NOT_MAPPED -> DocxText.italic(content.next(), NOT_MAPPED);
        }
    }

    /** "2.18. The NHS will continue … (NHS LTP p. 37)", the number in bold, an excerpt between ellipses. */
    static void quote(XWPFParagraph paragraph, Paper.Quote quote) {
        String number = quote.numberPrefix().strip();
        if (!number.isEmpty()) {
            DocxText.bold(paragraph, number);
            DocxText.text(paragraph, " ");
        }
        String text = quote.text().strip();
        DocxText.text(paragraph, quote.excerpt() ? ELLIPSIS + text + ELLIPSIS : text);
        if (quote.citation() != null && !quote.citation().isBlank()) {
            DocxText.text(paragraph, " " + unbroken(quote.citation().strip()));
        }
    }

    /** A short citation, "(NHS LTP p. 42)", stays on one line; in a long one at least "p. 42" does. */
    static String unbroken(String citation) {
        return citation.length() <= 24 ? citation.replace(' ', '\u00a0')
                : citation.replaceAll("\\b(pp?\\.) (?=\\d)", "$1\u00a0");
    }

    /** Hands out a cell's paragraphs: its first (empty) one, then new ones. */
    private static final class Cell {
        private final XWPFTableCell cell;
        private boolean first = true;

        Cell(XWPFTableCell cell) {
            this.cell = cell;
        }

        XWPFParagraph next() {
            if (first) {
                first = false;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        }
    }
}
