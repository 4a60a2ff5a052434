package org.crosswalk.plans.reading;

import java.nio.file.Path;
import org.crosswalk.plans.reading.docx.DocxPlanReader;
import org.crosswalk.plans.reading.html.HtmlPlanReader;
import org.crosswalk.plans.reading.pdf.PdfPlanReader;
import org.crosswalk.plans.reading.text.TextPlanReader;

/**
 * Reads a plan document of any supported format into a {@link ParsedPlan} for review: the
 * format is told from the file's content (a Word file named .pdf is still read as Word), its
 * reader makes blocks, and {@link PlanStructure} makes the plan.
 */
public final class PlanImport {
    private PlanImport() {
    }

    /**
     * @throws PlanReadException with a plain-English message when the file cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} says stop
     */
    public static ParsedPlan read(Path file, ReadProgress progress) throws PlanReadException {
        PlanFormat format = new FormatSniffer().detect(file);
        return PlanStructure.build(readerFor(format).read(file, progress));
    }

    static PlanReader readerFor(PlanFormat format) {
        return switch (format) {
            case PDF -> new PdfPlanReader();
            case DOCX -> new DocxPlanReader();
            case HTML -> new HtmlPlanReader();
            case TEXT -> new TextPlanReader();
        };
    }
}
