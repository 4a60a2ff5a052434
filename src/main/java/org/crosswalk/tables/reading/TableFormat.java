package org.crosswalk.tables.reading;

/** The kinds of file Crosswalk reads tables from, decided from their content. */
public enum TableFormat {
    /** Comma-, semicolon- or tab-separated text. */
    CSV,
    /** An Excel workbook (.xlsx, .xlsm). */
    XLSX,
    /** A Word document (.docx): its tables and its outline of headings and lists. */
    DOCX
}
