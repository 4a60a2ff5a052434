package org.crosswalk.export.docx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.crosswalk.export.Paper;

/** The sections after the tables: coverage summary, the appendix of unaddressed plan parts, sources. */
final class DocxSections {
    static final String COVERAGE = "Coverage summary";
    static final String APPENDIX = "Appendix: parts of the plan no local priority addresses";
    static final String SOURCES = "Sources";

    private DocxSections() {
    }

    static void coverage(XWPFDocument document, Paper.Coverage coverage) {
        if (coverage == null) {
            return;
        }
        heading(document, DocxStyles.HEADING_1, COVERAGE);
        bullet(document, count(coverage.priorities(), "priority", "priorities") + " in all.");
        bullet(document, count(coverage.linked(), "priority", "priorities") + " quoting the plan ("
                + count(coverage.links(), "paragraph", "paragraphs") + " in all).");
        bullet(document, count(coverage.noMention(), "priority", "priorities") + " the plan does not mention.");
        bullet(document, count(coverage.notMapped(), "priority", "priorities") + " not yet mapped.");
        if (!coverage.noMentionPriorities().isEmpty()) {
            XWPFParagraph lead = text(document, "Priorities the plan does not mention:");
            lead.setSpacingBefore(120);
            DocxText.keepWithNext(lead);
            coverage.noMentionPriorities().forEach(priority -> bullet(document, priority));
        }
        DocxCoverageTables.byTheme(document, coverage.byTheme());
        DocxCoverageTables.heatMap(document, coverage.heatMap());
    }

    static void unaddressed(XWPFDocument document, List<Paper.Unaddressed> parts) {
        if (parts == null) {
            return;
        }
        heading(document, DocxStyles.HEADING_1, APPENDIX);
        if (parts.isEmpty()) {
            DocxText.text(document.createParagraph(), "Every chapter and section of the plan is addressed by at "
                    + "least one local priority.");
            return;
        }
        Map<String, Map<String, List<String>>> byPlan = new LinkedHashMap<>();
        for (Paper.Unaddressed part : parts) {
            List<String> sections = byPlan.computeIfAbsent(part.plan(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(part.chapter(), c -> new java.util.ArrayList<>());
            if (part.section() != null) {
                sections.add(part.section());
            }
        }
        boolean severalPlans = byPlan.size() > 1;
        byPlan.forEach((plan, chapters) -> {
            if (severalPlans) {
                heading(document, DocxStyles.HEADING_2, plan);
            }
            chapters.forEach((chapter, sections) -> {
                if (sections.isEmpty()) {
                    bullet(document, chapter + " (the whole chapter)");
                } else {
                    bullet(document, chapter);
                    sections.forEach(section -> DocxLists.bullet(text(document, section), 1));
                }
            });
        });
    }

    static void sources(XWPFDocument document, List<Paper.Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        heading(document, DocxStyles.HEADING_1, SOURCES);
        for (Paper.Source source : sources) {
            XWPFParagraph paragraph = document.createParagraph();
            DocxText.bold(paragraph, source.title());
            String details = join(source.edition(), source.publisher());
            if (!details.isEmpty()) {
                DocxText.text(paragraph, " (" + details + ")");
            }
            DocxText.text(paragraph, ".");
            if (source.attribution() != null && !source.attribution().isBlank()) {
                DocxText.text(paragraph, " " + source.attribution().strip());
            }
        }
    }

    private static String join(String... parts) {
        StringBuilder result = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                result.append(result.length() > 0 ? ", " : "").append(part.strip());
            }
        }
        return result.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void heading(XWPFDocument document, String style, String text) {
        DocxText.text(DocxExporter.paragraph(document, style), text);
    }

    private static XWPFParagraph text(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        DocxText.text(paragraph, text);
        return paragraph;
    }

    private static void bullet(XWPFDocument document, String text) {
        DocxLists.bullet(text(document, text), 0);
    }
}
