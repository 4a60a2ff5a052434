package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosswalk.export.sheets.CellSafety;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field a user can type, starting with a character a spreadsheet takes as a formula
 * ({@code = + - @} and their full-width forms): no cell of any sheet of the Excel or CSV export
 * starts a formula, Crosswalk's own import gets the original text back, and the Word, PDF and
 * web page papers show the text as typed.
 */
class FormulaInjectionTest {
    static final BoardTexts RISKY = new BoardTexts("=cmd|' /C calc'!A0 Board", "+Title of the paper", "-Theme minus",
            "@SUM(A1) priority", List.of("=1+1", "＝full-width formula", "＋44 1865 000000", "－5", "＠mention",
            "'=quoted already"), "=HYPERLINK(\"http://x\",\"click\")", "+Lead officer",
            "=SUM(A1:A9) the plan says something about prevention.", "=SUM(A1:A9) the plan says", "-see the annex",
            "@Theme two", "=Priority two", "-No mention here", "=TODAY()", "+REF/1", "@author",
            "=intro paragraph", "-recommend this", "=Priority heading", "+Plan heading");

    @TempDir
    Path home;
    private Cli cli;
    private Path workspace;

    @BeforeEach
    void writeWorkspace() throws Exception {
        cli = new Cli(home);
        workspace = RISKY.write(cli.wiring().files(), home.resolve("risky.crosswalk"));
    }

    @Test
    void noCellOfAnySheetStartsAFormula() throws Exception {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(export("xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, sheet.getSheetName() + " " + cell);
                        if (cell.getCellType() == CellType.STRING) {
                            cells.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(cells.contains("'=cmd|' /C calc'!A0 Board"), "the About sheet too: " + cells);
        cells.addAll(csvFields(Files.readString(export("csv"), StandardCharsets.UTF_8)));
        for (String cell : cells) {
            assertFalse(CellSafety.isRisky(cell), "a cell starts a formula: " + cell);
        }
    }

    @Test
    void crosswalksOwnImportGetsTheOriginalTextBack() throws Exception {
        for (String format : List.of("xlsx", "csv")) {
            List<String> cells = ExportedTexts.cells(export(format));
            for (String typed : RISKY.inTable()) {
                if (!RISKY.subItems().contains(typed)) {
                    assertTrue(cells.contains(typed), format + " lacks " + typed + ": " + cells);
                }
            }
            assertTrue(cells.contains(String.join("\n", RISKY.subItems())), format + ": " + cells);
        }
        List<String> about = ExportedTexts.cells(export("xlsx"));
        for (String typed : List.of(RISKY.board(), RISKY.title(), RISKY.meetingDate(), RISKY.reference(),
                RISKY.authors())) {
            assertTrue(about.contains(typed), "About sheet lacks " + typed + ": " + about);
        }
    }

    @Test
    void wordPdfAndWebPageShowTheTextAsTyped() throws Exception {
        for (String format : List.of("docx", "pdf", "html")) {
            // Lines wrap at will in a narrow PDF column ("…x",⏎"click"), so spaces are left out of the comparison.
            String text = ExportedTexts.text(export(format), format).replace(" ", "");
            List<String> shownTexts = switch (format) {
                case "docx" -> RISKY.onWordPaper();
                default -> RISKY.onPaper();
            };
            for (String typed : shownTexts) {
                String shown = ExportedTexts.oneLine(typed).replace(" ", "");
                assertTrue(text.contains(shown), format + " lacks " + typed);
                assertFalse(text.contains("'" + shown), format + " shows a protecting apostrophe before " + typed);
            }
        }
    }

    private Path export(String format) {
        Path paper = home.resolve("paper." + format);
        Cli.Result result = cli.run("export", workspace.toString(), "--out", paper.toString());
        assertEquals(0, result.exit(), format + ": " + result);
        return paper;
    }

    /** The fields of a CSV file as written (quotes removed, nothing else undone). */
    static List<String> csvFields(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
