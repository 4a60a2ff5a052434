package org.crosswalk.export.sheets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.export.ExportText;
import org.crosswalk.export.Exporter;
import org.crosswalk.export.Paper;
import org.crosswalk.export.progress.ProgressReport;
import org.crosswalk.export.sheets.SpreadsheetRows.Column;

/**
 * The mapping table as CSV for Excel: the columns of {@link SpreadsheetRows} under a header
 * row, RFC 4180 (fields holding a comma, quote, CR or LF are quoted, quotes doubled), CRLF
 * between records, UTF-8 with a byte-order mark so Excel reads "£" and "–" right. Line breaks
 * inside a field (the sub-items) stay LF, as Excel writes them. Risky values are neutralised
 * by {@link CellSafety}.
 */
public final class CsvExporter implements Exporter {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String RECORD_END = "\r\n";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV for Excel";
    }

    @Override
    public String extension() {
        return ".csv";
    }

    @Override
    public void write(Paper paper, OutputStream out) throws IOException {
        List<Column> columns = SpreadsheetRows.columns();
        table(out, columns.stream().map(Column::header).toList(), writer -> {
            List<String> fields = new ArrayList<>(columns.size());
            for (SpreadsheetRows.Row row : SpreadsheetRows.of(paper)) {
                fields.clear();
                for (Column column : columns) {
                    String text = row.text(column);
                    fields.add(column == Column.PAGE ? text : CellSafety.neutralise(ExportText.clean(text)));
                }
                record(writer, fields);
            }
        });
    }

    /** The progress report as one row per priority ({@link ProgressRows}), made safe as the paper's rows are. */
    @Override
    public void write(ProgressReport report, OutputStream out) throws IOException {
        ProgressRows.Column[] columns = ProgressRows.Column.values();
        table(out, java.util.Arrays.stream(columns).map(c -> c.header).toList(), writer -> {
            List<String> fields = new ArrayList<>(columns.length);
            for (ProgressReport.Row row : report.rows()) {
                fields.clear();
                for (ProgressRows.Column column : columns) {
                    String text = ProgressRows.text(row, column);
                    fields.add(column.isDate() ? text : CellSafety.neutralise(ExportText.clean(text)));
                }
                record(writer, fields);
            }
        });
    }

    /** Writes the records of a table after its header row. */
    private interface Records {
        void writeTo(Writer writer) throws IOException;
    }

    /** The byte-order mark, the header row, then the records, UTF-8. */
    private static void table(OutputStream out, List<String> headers, Records records) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        record(writer, headers);
        records.writeTo(writer);
        writer.flush();
    }

    static void record(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write(RECORD_END);
    }

    /** One field, quoted when it must be. */
    static String field(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
