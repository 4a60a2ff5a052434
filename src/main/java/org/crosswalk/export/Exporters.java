package org.crosswalk.export;

import java.util.List;

/** The formats Crosswalk writes, in the order menus offer them. */
public final class Exporters {
    private Exporters() {
    }

    public static ExportService standard() {
        return new ExportService(List.of(
                new org.crosswalk.export.docx.DocxExporter(),
                new org.crosswalk.export.sheets.XlsxExporter(),
                new org.crosswalk.export.sheets.CsvExporter()));
    }
}
