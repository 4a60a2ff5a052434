package org.crosswalk.export.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.html.PaperHtml;
import org.crosswalk.export.html.ProgressHtml;
import org.crosswalk.export.progress.ProgressReport;

/**
 * The paper as an accessible, archivable PDF: the HTML paper ({@link PaperHtml}, same markup as
 * the web page) rendered by openhtmltopdf as tagged PDF/UA-1 and PDF/A-2a, with the bundled
 * Liberation Sans embedded (subset; no base-14 fonts), title and language from the markup,
 * selectable text, and bookmarks for each section and theme.
 */
public final class PdfExporter implements Exporter {

    static final String REGULAR_FONT = "/fonts/LiberationSans-Regular.ttf";
    /** How many of the characters the PDF cannot show a caution names. */
    private static final int MISSING_EXAMPLES = 5;

    /** The bundled faces: resource, weight, style. */
    private record Face(String resource, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(REGULAR_FONT, 400, FontStyle.NORMAL),
            new Face("/fonts/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("/fonts/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("/fonts/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    /** Font files and the sRGB profile, read once per run of the program. */
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

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
        render(PaperHtml.render(paper, PaperHtml.Target.PDF), out);
    }

    /** The progress report, from the same kind of markup, with the same fonts and conformance. */
    @Override
    public void write(ProgressReport report, OutputStream out) throws IOException {
        render(ProgressHtml.render(report, PaperHtml.Target.PDF), out);
    }

    private static void render(String html, OutputStream out) throws IOException {
        OpenHtmlToPdfLog.install();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // veraPDF finds the sample paper conformant to both PDF/UA-1 and PDF/A-2a.
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(BYTES.computeIfAbsent("sRGB", k -> ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        builder.withProducer("Crosswalk");
        for (Face face : FACES) {
            byte[] font = fontBytes(face.resource());
            builder.useFont(() -> new ByteArrayInputStream(font), PaperHtml.PDF_FONT_FAMILY, face.weight(),
                    face.style(), true);
        }
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
                + " of this " + document + " (" + examples + (missing.size() > MISSING_EXAMPLES ? " …" : "") + "): the font "
                + "Crosswalk puts in PDF files has no letters for them, so they appear as “#”. The Word and web page "
                + "exports show them; use one of those for this " + document + ".";
    }

    /** A bundled font as the PDF embeds it (read once). */
    static byte[] fontBytes(String resource) {
        return BYTES.computeIfAbsent(resource, r -> withoutGlyphSubstitution(resource(r)));
    }

    /**
     * The font with its GSUB table hidden (renamed in the table directory, in memory only).
     * PDFBox 3 runs every text run of a font that has one through GSUB, compiling regular
     * expressions each time: two thirds of the time of a 250-page paper. For Latin text Liberation
     * Sans's GSUB only composes combining marks ("ccmp"); the subset embedded in the PDF never
     * carries the table anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        if (copy.length < 12) {
            return copy;
        }
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 > copy.length) {
                break;
            }
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        return copy;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
