package org.crosswalk.export.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.html.PaperHtml;
import org.crosswalk.export.html.ProgressHtml;
import org.crosswalk.export.progress.ProgressReport;

/**
 * The paper as an accessible, archivable PDF: the HTML paper ({@link PaperHtml}, same markup as
 * the web page) rendered by openhtmltopdf as tagged PDF/UA-1 and PDF/A-2a, with the bundled
 * fonts embedded ({@link PdfFonts}: subsets, no base-14 fonts), right-to-left text joined and in
 * reading order, title and language from the markup, selectable text, and bookmarks for each
 * section and theme.
 */
public final class PdfExporter implements Exporter {

    /** How many of the characters the PDF cannot show a caution names. */
    private static final int MISSING_EXAMPLES = 5;

    /** The sRGB profile, read once per run of the program. */
    private static volatile byte[] srgb;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String description() {
        return "PDF document";
    }

    @Override
    public String extension() {
        return ".pdf";
    }

    @Override
    public void write(Paper paper, OutputStream out) throws IOException {
        render(PaperHtml.render(paper, PaperHtml.Target.PDF), paper.texts(), out);
    }

    /** The progress report, from the same kind of markup, with the same fonts and conformance. */
    @Override
    public void write(ProgressReport report, OutputStream out) throws IOException {
        render(ProgressHtml.render(report, PaperHtml.Target.PDF), report.texts(), out);
    }

    /** {@code texts}: all the document's text, so only the fallback fonts it needs are read. */
    private static void render(String html, List<String> texts, OutputStream out) throws IOException {
        OpenHtmlToPdfLog.install();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // veraPDF finds the sample paper conformant to both PDF/UA-1 and PDF/A-2a.
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(srgb());
        builder.withProducer("Crosswalk");
        PdfFonts.register(builder, texts);
        // Right-to-left runs (Urdu, Arabic) found, joined and drawn in reading order.
        builder.useUnicodeBidiSplitter(JdkBidiSplitter.FACTORY);
        builder.useUnicodeBidiReorderer(new RightToLeftText());
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    @Override
    public String caution(Paper paper) {
        return caution(paper.texts(), "paper");
    }

    @Override
    public String caution(ProgressReport report) {
        return caution(report.texts(), "report");
    }

    private static String caution(List<String> texts, String document) {
        Set<String> missing = PdfGlyphs.missing(texts);
        if (missing.isEmpty()) {
            return null;
        }
        String examples = missing.stream().limit(MISSING_EXAMPLES).map(c -> "“" + c + "”")
                .collect(Collectors.joining(" "));
        return "The PDF cannot show " + missing.size() + (missing.size() == 1 ? " character" : " different characters")
                + " of this " + document + " (" + examples + (missing.size() > MISSING_EXAMPLES ? " …" : "") + "): none of the "
                + "fonts Crosswalk puts in PDF files has letters for them, so they appear as “#”. The Word and web page "
                + "exports show them; use one of those for this " + document + ".";
    }

    private static byte[] srgb() {
        byte[] profile = srgb;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgb = profile;
        }
        return profile;
    }
}
