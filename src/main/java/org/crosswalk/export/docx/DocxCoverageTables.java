package org.crosswalk.export.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.crosswalk.export.Paper;
import org.crosswalk.export.coverage.Shades;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * The coverage section's two tables: priorities by theme (supported, not mentioned, not yet
 * mapped), and links by theme and plan chapter, shaded darker for more with the number written
 * in every cell, so the table reads the same in black and white.
 */
final class DocxCoverageTables {
    /** Fills for shades 1..Shades.STEPS; the last two take white text. */
    private static final String[] SHADES = {"DBE9F7", "A9C9EC", "5F9CDB", "2A76C4", "003087"};

    private DocxCoverageTables() {
    }

    static void byTheme(XWPFDocument document, List<Paper.ThemeCount> themes) {
        if (themes.isEmpty()) {
            return;
        }
        XWPFParagraph lead = document.createParagraph();
        lead.setSpacingBefore(200);
        DocxText.keepWithNext(lead);
        DocxText.text(lead, "Priorities by theme:");
        String[] headings = {"Theme", "Supported by the plan", "Not mentioned", "Not yet mapped", "Priorities"};
        int[] widths = widths(DocxPage.TEXT_WIDTH, 0.40, headings.length);
        XWPFTable table = document.createTable(1 + themes.size(), headings.length);
        DocxTables.layout(table, widths, "Priorities by theme");
        header(table.getRow(0), headings, widths);
        for (int i = 0; i < themes.size(); i++) {
            Paper.ThemeCount theme = themes.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            text(row.getCell(0), theme.theme(), widths[0]);
            number(row.getCell(1), theme.linked(), widths[1]);
            number(row.getCell(2), theme.noMention(), widths[2]);
            number(row.getCell(3), theme.notMapped(), widths[3]);
            number(row.getCell(4), theme.priorities(), widths[4]);
        }
    }

    static void heatMap(XWPFDocument document, Paper.HeatMap map) {
        if (map == null || map.rows().isEmpty()) {
            return;
        }
        XWPFParagraph lead = document.createParagraph();
        lead.setSpacingBefore(200);
        DocxText.keepWithNext(lead);
        DocxText.text(lead, "Links by theme and chapter of " + map.plan() + " (darker: more links):");
        int columns = 1 + map.chapters().size();
        int[] widths = widths(DocxPage.TEXT_WIDTH, 0.34, columns);
        XWPFTable table = document.createTable(1 + map.rows().size(), columns);
        DocxTables.layout(table, widths, "Links by theme and chapter of " + map.plan());
        String[] headings = new String[columns];
        headings[0] = "Theme";
        for (int c = 0; c < map.chapters().size(); c++) {
            headings[c + 1] = map.chapters().get(c);
        }
        header(table.getRow(0), headings, widths);
        int busiest = map.busiest();
        for (int r = 0; r < map.rows().size(); r++) {
            Paper.HeatRow heat = map.rows().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            text(row.getCell(0), heat.theme(), widths[0]);
            for (int c = 0; c < heat.links().size(); c++) {
                int count = heat.links().get(c);
                XWPFTableCell cell = row.getCell(c + 1);
                int shade = Shades.of(count, busiest);
                if (shade > 0) {
                    fill(cell, SHADES[shade - 1]);
                }
                number(cell, count, widths[c + 1]);
                if (shade >= 4) {
                    cell.getParagraphs().get(0).getRuns().forEach(run -> run.setColor("FFFFFF"));
                }
            }
        }
        for (int c = 0; c < map.chapters().size(); c++) {
            XWPFParagraph key = document.createParagraph();
            DocxText.bold(key, map.chapters().get(c) + ": ");
            DocxText.text(key, map.chapterTitles().get(c));
        }
    }

    /** The first column takes {@code first} of the width; the others share the rest. */
    private static int[] widths(int total, double first, int columns) {
        int[] widths = new int[columns];
        widths[0] = (int) Math.round(total * first);
        int rest = (total - widths[0]) / Math.max(1, columns - 1);
        for (int c = 1; c < columns; c++) {
            widths[c] = rest;
        }
        return widths;
    }

    static void header(XWPFTableRow row, String[] headings, int[] widths) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < headings.length; c++) {
            DocxTables.headerCell(row.getCell(c), headings[c], widths[c]);
        }
    }

    static void text(XWPFTableCell cell, String text, int width) {
        DocxTables.width(cell, width);
        DocxText.text(cell.getParagraphs().get(0), text);
    }

    private static void number(XWPFTableCell cell, int value, int width) {
        text(cell, Integer.toString(value), width);
        cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
    }

    static void fill(XWPFTableCell cell, String colour) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var shading = properties.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(colour);
    }
}
