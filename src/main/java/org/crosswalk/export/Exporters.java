package org.crosswalk.export;

import java.util.List;
import org.crosswalk.export.html.HtmlExporter;
import org.crosswalk.export.pdf.PdfExporter;

/** The formats Crosswalk writes, in the order menus offer them. */
public final class Exporters {
    private Exporters() {
    }

    public static ExportService standard() {
        return new ExportService(List.of(new org.crosswalk.export.docx.DocxExporter(),
                new PdfExporter(),
                new HtmlExporter(),
                new org.crosswalk.export.sheets.XlsxExporter(),
                new org.crosswalk.export.sheets.CsvExporter()));
    }
}
