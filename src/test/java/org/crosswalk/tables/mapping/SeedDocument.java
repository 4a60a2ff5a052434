package org.crosswalk.tables.mapping;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.TableFixtures;

/**
 * The seed paper's section 3 as a Word document, typed the way the officers typed it: a table of
 * contacts before it; in the mapping table merged bold theme rows, a bold header row under each,
 * sub-items as Word bullets, quotes with "(NHS LTP p. 37)", two paragraphs run together on one
 * line, a quote broken over two paragraphs, another carried on in the next row (the priority
 * cell left empty), passages typed with "- " in front, and "(NHS LTP p.42)" without its space.
 */
final class SeedDocument {
    private SeedDocument() {
    }

    static Path write(WorkspaceContent sample, Path file) throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        document.createParagraph().createRun().setText("3. How does the NHS Long Term Plan link with the Priorities "
                + "of the Health Improvement Board?");
        XWPFTable contacts = document.createTable(2, 2);
        text(contacts.getRow(0).getCell(0), "Contact", true);
        text(contacts.getRow(0).getCell(1), "Kiren Collison, Oxfordshire CCG", false);
        text(contacts.getRow(1).getCell(0), "Date", true);
        text(contacts.getRow(1).getCell(1), "14 February 2019", false);
        document.createParagraph().createRun().setText("The table below sets out the priorities agreed for the Health "
                + "Improvement Board with relevant actions from the NHS Long Term Plan alongside.");
        List<List<String>> rows = typed(SeedGrid.cells(sample));
        XWPFTable table = document.createTable(rows.size(), 2);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = rows.get(r);
            if (cells.size() == 1) {
                row.removeCell(1);
                row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            }
            boolean bold = cells.size() == 1 || cells.get(0).equals(SeedGrid.HEADER_PRIORITY);
            for (int c = 0; c < cells.size(); c++) {
                text(row.getCell(c), cells.get(c), bold);
            }
        }
        return TableFixtures.save(document, file);
    }

    /** The tidy cells changed as the officers typed them (see the class comment). */
    private static List<List<String>> typed(List<List<String>> tidy) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> cells : tidy) {
            String priority = cells.get(0);
            String plan = cells.size() > 1 ? cells.get(1) : "";
            if (priority.equals("Enable people to eat healthily")) {
                String[] parts = plan.replace("\n", " ").split("(?<=healthy weight,) ", 2);
                rows.add(List.of(priority, parts[0]));
                rows.add(List.of("", parts[1]));
                continue;
            }
            if (priority.equals("Reduce smoking prevalence")) {
                plan = plan.replace("for expectant mothers", "for expectant\n\nmothers");
            }
            if (priority.equals("Promote Mental Wellbeing") || priority.equals("Immunisation")) {
                plan = "- " + plan.replace("\n", "\n- ");
            }
            plan = plan.replace("(NHS LTP p. 42)", "(NHS LTP p.42)");
            rows.add(cells.size() == 1 ? cells : List.of(priority, plan));
        }
        return rows;
    }

    private static void text(XWPFTableCell cell, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (lines[i].startsWith("• ")) {
                TableFixtures.bullet(paragraph, 1, lines[i].substring(2));
            } else {
                var run = paragraph.createRun();
                run.setBold(bold);
                run.setText(lines[i]);
            }
        }
    }
}
