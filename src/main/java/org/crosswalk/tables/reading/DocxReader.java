package org.crosswalk.tables.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Reads a Word document: each table of its body as a {@link Grid} ("Table 1" …), first of all the
 * tables joined when the paper has one table per heading ({@link HeadedTables}), and the headings,
 * list entries and other paragraphs outside tables as its {@link Outline}.
 */
final class DocxReader {
    private DocxReader() {
    }

    static TableFile read(Path file) throws TableReadException {
        String name = TableFiles.name(file);
        return OfficeFiles.read(file, "Word document", pkg -> read(new XWPFDocument(pkg), name));
    }

    private static TableFile read(XWPFDocument document, String name) {
        DocxParagraphKinds kinds = new DocxParagraphKinds(document.getStyles());
        DocxTableGrid tables = new DocxTableGrid(kinds);
        List<Grid> grids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Outline.Entry> entries = new ArrayList<>();
        HeadedTables headed = new HeadedTables();
        String lastHeading = null;
        int tableNumber = 0;
        int paragraphNumber = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFTable table) {
                tableNumber++;
                Grid grid = tables.read(table, "Table " + tableNumber + " of " + name);
                if (!grid.rows().isEmpty()) {
                    grids.add(grid);
                    names.add("Table " + tableNumber);
                    headed.add(grid, lastHeading);
                    lastHeading = null;
                }
            } else if (element instanceof XWPFParagraph paragraph) {
                paragraphNumber++;
                String text = DocxParagraphKinds.text(paragraph);
                if (text.isEmpty()) {
                    continue;
                }
                int heading = kinds.headingLevel(paragraph);
                int list = heading > 0 ? 0 : kinds.listLevel(paragraph);
                Outline.Kind kind = heading > 0 ? Outline.Kind.HEADING
                        : list > 0 ? Outline.Kind.LIST_ENTRY : Outline.Kind.PARAGRAPH;
                entries.add(new Outline.Entry(kind, Math.max(heading, list), text, paragraphNumber));
                lastHeading = heading > 0 ? text : lastHeading;
            }
        }
        Grid joined = headed.joined(name);
        if (joined != null) {
            grids.add(0, joined);
            names.add(0, "Tables 1–" + (grids.size() - 1) + " (one per heading)");
        }
        return new TableFile(name, TableFormat.DOCX, grids, names, new Outline(name, entries), null);
    }
}
