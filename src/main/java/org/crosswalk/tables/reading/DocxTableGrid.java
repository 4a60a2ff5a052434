package org.crosswalk.tables.reading;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * One Word table as a {@link Grid}. A cell merged across columns (gridSpan) gives its text in its
 * first column and "" in the others, so columns line up; a cell merged down (vMerge) gives its
 * text to every row it covers (a priority merged down beside its sub-items belongs to each). A row of one cell across the whole
 * table (a theme row) is spanning. Paragraphs of a cell are lines; list entries start "• "; a
 * table inside a cell gives one line per row, its cells joined by " | ".
 */
final class DocxTableGrid {
    private final DocxParagraphKinds kinds;

    DocxTableGrid(DocxParagraphKinds kinds) {
        this.kinds = kinds;
    }

    Grid read(XWPFTable table, String source) {
        List<XWPFTableRow> rows = table.getRows();
        int width = 0;
        for (XWPFTableRow row : rows) {
            int columns = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                columns += span(cell);
            }
            width = Math.max(width, columns);
        }
        GridBuilder grid = new GridBuilder();
        List<String> above = List.of();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            List<String> texts = new ArrayList<>();
            for (XWPFTableCell cell : cells) {
                int column = texts.size();
                texts.add(continuesMergeFromAbove(cell) ? (column < above.size() ? above.get(column) : "")
                        : cellText(cell));
                for (int s = 1; s < span(cell); s++) {
                    texts.add("");
                }
            }
            boolean spanning = cells.size() == 1 && width > 1 && span(cells.get(0)) >= width;
            grid.add(r + 1, texts, spanning);
            above = texts;
        }
        return grid.build(source);
    }

    private String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = DocxParagraphKinds.text(paragraph);
                if (!text.isEmpty()) {
                    lines.add(kinds.listLevel(paragraph) > 0 ? "• " + text : text);
                }
            } else if (element instanceof XWPFTable inner) {
                for (XWPFTableRow row : inner.getRows()) {
                    List<String> parts = new ArrayList<>();
                    for (XWPFTableCell innerCell : row.getTableCells()) {
                        String text = cellText(innerCell).replace('\n', ' ');
                        if (!text.isBlank()) {
                            parts.add(text);
                        }
                    }
                    if (!parts.isEmpty()) {
                        lines.add(String.join(" | ", parts));
                    }
                }
            }
        }
        return String.join("\n", lines);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        BigInteger span = pr.getGridSpan().getVal();
        return Math.max(1, Math.min(64, span.intValue()));
    }

    /** A vMerge without "restart" continues the cell above. */
    private static boolean continuesMergeFromAbove(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return false;
        }
        return pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
    }
}
