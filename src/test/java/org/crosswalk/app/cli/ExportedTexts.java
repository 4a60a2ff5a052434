package org.crosswalk.app.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;
import org.crosswalk.tables.reading.TableFile;
import org.crosswalk.tables.reading.TableFiles;
import org.jsoup.Jsoup;

/** The text of an exported paper read back the way another program would, for checks that nothing was lost. */
final class ExportedTexts {
    private ExportedTexts() {
    }

    /** All the text of a paper in {@code format}, whitespace runs as one space. */
    static String text(Path file, String format) throws Exception {
        String text = switch (format) {
            case "docx" -> docx(file);
            case "pdf" -> pdf(file);
            case "html" -> Jsoup.parse(file.toFile(), "UTF-8").text();
            case "csv" -> new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            case "xlsx" -> String.join("\n", cells(file));
            default -> throw new IllegalArgumentException(format);
        };
        return oneLine(text);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String docx(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pdf(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every cell of every sheet, as our own import reads it (formula protection undone). */
    static List<String> cells(Path file) throws Exception {
        TableFile table = TableFiles.read(file);
        List<Grid> grids = new ArrayList<>(table.grids());
        table.about().ifPresent(grids::add);
        List<String> cells = new ArrayList<>();
        for (Grid grid : grids) {
            for (GridRow row : grid.rows()) {
                cells.addAll(row.cells());
            }
        }
        return cells;
    }
}
