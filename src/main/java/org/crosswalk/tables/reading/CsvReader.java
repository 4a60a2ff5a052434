package org.crosswalk.tables.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosswalk.plans.reading.TextDecoding;

/**
 * Reads a CSV file as Excel and other programs write it (RFC 4180, leniently): fields quoted
 * with '"' may hold the delimiter, doubled quotes and line breaks; records end with CRLF, LF or
 * CR. The delimiter (comma, semicolon as in European Excel, or tab) is the one found most often
 * outside quotes in the first record. The encoding is UTF-8 with or without a byte-order mark,
 * UTF-16 with one, and otherwise Windows-1252 (Excel's "CSV" on Windows, where "£" is one byte).
 * Excel's "sep=;" first line, where present, names the delimiter.
 */
final class CsvReader {
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Pattern SEPARATOR_HINT = Pattern.compile("sep=([,;\t|])\r?\n");

    private CsvReader() {
    }

    static Grid read(Path file) throws TableReadException {
        String name = TableFiles.name(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw TableFormatSniffer.cannotOpen(name, e);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, false);
        if (decoded == null) {
            throw new TableReadException("“" + name + "” holds binary data, not a table. " + TableFormatSniffer.READABLE);
        }
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Matcher hint = SEPARATOR_HINT.matcher(text);
        if (hint.lookingAt()) {
            // Excel's "sep=;" first line names the delimiter; it is not a row. Lines still count from the file's top.
            String rest = text.substring(hint.end());
            return parse("\n" + rest, hint.group(1).charAt(0), name);
        }
        return parse(text, delimiter(text), name);
    }

    /** The delimiter used most often outside quotes before the first record ends; comma on a tie. */
    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    static Grid parse(String text, char delimiter, String source) {
        GridBuilder grid = new GridBuilder();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                grid.add(recordLine, record, false);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
            record.add(field.toString());
            grid.add(recordLine, record, false);
        }
        return grid.build(source);
    }
}
