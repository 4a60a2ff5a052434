package org.crosswalk.tables.reading;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The one way in: reads a CSV, Excel or Word file into {@link Grid}s (and, for Word, an
 * {@link Outline}), deciding the format from the file's content rather than its name.
 */
public final class TableFiles {
    private TableFiles() {
    }

    /**
     * Everything the file holds that can be read as a table or an outline.
     *
     * @throws TableReadException with a message for the person importing, when the file is
     *                            missing, empty, too large, protected, damaged or not a table
     */
    public static TableFile read(Path file) throws TableReadException {
        Objects.requireNonNull(file, "file");
        TableFormat format = TableFormatSniffer.detect(file);
        return switch (format) {
            case CSV -> {
                Grid grid = CsvReader.read(file);
                yield new TableFile(name(file), format, grid.rows().isEmpty() ? List.of() : List.of(grid),
                        grid.rows().isEmpty() ? List.of() : List.of(name(file)), null, null);
            }
            case XLSX -> XlsxReader.read(file);
            case DOCX -> DocxReader.read(file);
        };
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
