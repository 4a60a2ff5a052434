package org.crosswalk.plans.reading.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.plans.reading.OfficeZipLimits;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.PlanReader;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.SourceDocument;

/**
 * Reads a plan written in Word (.docx). Paragraph styles decide the blocks: the Title style
 * gives the title, "Heading N" styles (and outline levels) give headings, bulleted paragraphs
 * give list entries, and Word's automatic paragraph numbering is worked out and written at the
 * start of the text ("2.18. The NHS ...") just as typed numbers are kept as typed. Tables give
 * one block each; one-cell tables, text boxes and bordered or shaded paragraphs give boxed
 * text. Headers, footers, footnotes, contents and cover pages and footnote marks are left out.
 * Pages are counted from the page breaks Word saved in the file, where there are any.
 *
 * <p>Files that unpack to far more than their size (zip bombs) and files with document type
 * declarations (which could make a reader fetch other files) are refused.
 */
public final class DocxPlanReader implements PlanReader {
    static {
        OfficeZipLimits.apply();
    }

    @Override
    public SourceDocument read(Path file, ReadProgress progress) throws PlanReadException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        try {
            if (Files.size(file) == 0) {
                throw new PlanReadException("The file is empty.");
            }
        } catch (NoSuchFileException e) {
            throw new PlanReadException("The file \"" + file.getFileName() + "\" could not be found.", e);
        } catch (IOException e) {
            throw new PlanReadException("The file \"" + file.getFileName() + "\" could not be opened: " + e.getMessage(),
                    e);
        }
        progress.update(0, 1, "Opening the Word document");
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XWPFDocument document = new XWPFDocument(pkg);
            return new DocxBody(document, progress).read();
        } catch (CancellationException | PlanReadException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw translate(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** A plain message for whatever POI or the XML parser threw. */
    static PlanReadException translate(Throwable failure) {
        if (OfficeZipLimits.isZipBomb(failure)) {
            return new PlanReadException("This Word file could not be read: it unpacks to far more data than a real "
                    + "document would (it may be a \"zip bomb\"), so Crosswalk stopped reading it.", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("strict ooxml")) {
                return new PlanReadException("This Word file is saved as \"Strict Open XML\", which Crosswalk cannot "
                        + "read. Open it in Word and save it as an ordinary Word Document (.docx), or as PDF.", failure);
            }
            if (message.contains("doctype") || message.contains("external entit")) {
                return new PlanReadException("This Word file could not be read: it contains an XML document type "
                        + "declaration, which Word never writes and which could make Crosswalk read other files, "
                        + "so it was not opened.", failure);
            }
        }
        return new PlanReadException("This Word file could not be read: it looks damaged. Open it in Word, save it "
                + "again, and import the new copy.", failure);
    }
}
