package org.crosswalk.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.progress.ProgressReport;

/**
 * The board paper as a Word document: Title, the paper's details, Introduction, then per theme
 * a Heading 1, a caption and one table; the optional coverage summary, Recommendations, the
 * optional appendix; the sources. Real Word styles throughout (see {@link DocxStyles}), A4,
 * Arial 12, en-GB.
 */
public final class DocxExporter implements Exporter {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String description() {
        return "Word document";
    }

    @Override
    public String extension() {
        return ".docx";
    }

    @Override
    public void write(Paper paper, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.install(document);
            DocxLists.install(document);
            frontMatter(document, paper);
            // The order of a board paper, the same in every format: introduction, the tables,
            // coverage, recommendations, appendix, sources.
            section(document, "Introduction", paper.introduction());
            themes(document, paper);
            DocxSections.coverage(document, paper.coverage());
            section(document, "Recommendations", paper.recommendations());
            DocxSections.unaddressed(document, paper.unaddressed());
            DocxSections.sources(document, paper.sources());
            DocxPage.setUp(document, paper);
            document.write(out);
        }
    }

    @Override
    public void write(ProgressReport report, OutputStream out) throws IOException {
        DocxProgressReport.write(report, out);
    }

    private static void frontMatter(XWPFDocument document, Paper paper) {
        DocxText.text(paragraph(document, DocxStyles.TITLE), paper.title());
        detail(document, "Board", paper.board());
        detail(document, "Meeting date", paper.meetingDate());
        detail(document, "Paper reference", paper.reference());
        detail(document, "Authors", paper.authors());
    }

    private static void detail(XWPFDocument document, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(40);
        DocxText.bold(paragraph, label + ": ");
        DocxText.text(paragraph, value.strip());
    }

    private static void section(XWPFDocument document, String heading, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        DocxText.text(paragraph(document, DocxStyles.HEADING_1), heading);
        for (String text : paragraphs) {
            DocxText.text(document.createParagraph(), text);
        }
    }

    private static void themes(XWPFDocument document, Paper paper) {
        int number = 0;
        for (Paper.ThemeTable theme : paper.themes()) {
            DocxText.text(paragraph(document, DocxStyles.HEADING_1), theme.theme());
            if (theme.rows().isEmpty()) {
                DocxText.italic(document.createParagraph(), "No priorities in this theme yet.");
                continue;
            }
            number++;
            XWPFParagraph caption = paragraph(document, DocxStyles.CAPTION);
            DocxText.text(caption, "Table ");
            DocxText.field(caption, "SEQ Table \\* ARABIC", Integer.toString(number));
            DocxText.text(caption, ": " + theme.theme() + " \u2014 " + DocxText.plural(paper.priorityHeading())
                    + " and " + DocxText.plural(paper.planHeading()));
            DocxTables.write(document, paper, theme, DocxPage.TEXT_WIDTH);
        }
    }

    static XWPFParagraph paragraph(XWPFDocument document, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }
}
