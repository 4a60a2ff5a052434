package org.crosswalk.export.sheets;

/**
 * Keeps spreadsheet programs from running a cell as a formula (CSV or formula injection, see
 * OWASP "CSV Injection"): a value that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets an apostrophe in front, so Excel and LibreOffice show it as text.
 *
 * <p>A value that already starts with an apostrophe gets one more, so the rule can be undone
 * exactly: {@link #restore} removes one leading apostrophe from any value that has one. An
 * importer reading Crosswalk's own XLSX or CSV calls {@code restore} on every text cell.
 */
public final class CellSafety {
    private CellSafety() {
    }

    /** True when {@code value} would be read as a formula (or start one) if typed into a cell. */
    public static boolean isRisky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }

    /** True when {@link #neutralise} changes {@code value}. */
    public static boolean needsPrefix(String value) {
        return isRisky(value) || value != null && value.startsWith("'");
    }

    /** {@code value} made safe to put in a cell; null becomes "". */
    public static String neutralise(String value) {
        if (value == null) {
            return "";
        }
        return needsPrefix(value) ? "'" + value : value;
    }

    /** The inverse of {@link #neutralise}: drops one leading apostrophe. */
    public static String restore(String value) {
        if (value == null) {
            return "";
        }
        return value.startsWith("'") ? value.substring(1) : value;
    }
}
