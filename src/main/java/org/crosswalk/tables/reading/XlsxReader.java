package org.crosswalk.tables.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosswalk.export.sheets.XlsxExporter;

/**
 * Reads every non-empty sheet of an Excel workbook as a {@link Grid}. Cells read as Excel shows
 * them (numbers and dates in their format, in UK style; a formula as its last calculated value).
 * A row whose only text is in a cell merged across several columns is a spanning row (a theme
 * row); a cell merged down over several rows gives its text to each of them. The "About" sheet of a workbook Crosswalk exported is kept apart.
 */
final class XlsxReader {
    private XlsxReader() {
    }

    static TableFile read(Path file) throws TableReadException {
        String name = TableFiles.name(file);
        return OfficeFiles.read(file, "Excel workbook", pkg -> read(new XSSFWorkbook(pkg), name));
    }

    private static TableFile read(XSSFWorkbook workbook, String name) throws TableReadException {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        formatter.setUseCachedValuesForFormulaCells(true);
        boolean ownExport = "Crosswalk".equals(workbook.getProperties().getExtendedProperties()
                .getUnderlyingProperties().getApplication());
        List<Grid> grids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Grid about = null;
        for (Sheet sheet : workbook) {
            Grid grid = sheet(sheet, formatter, "Sheet “" + sheet.getSheetName() + "” of " + name);
            if (grid.rows().isEmpty()) {
                continue;
            }
            if (ownExport && sheet.getSheetName().equals(XlsxExporter.ABOUT_SHEET)) {
                about = CrosswalkExports.restoreAbout(grid);
            } else {
                grids.add(grid);
                names.add(sheet.getSheetName());
            }
        }
        return new TableFile(name, TableFormat.XLSX, grids, names, null, about);
    }

    private static Grid sheet(Sheet sheet, DataFormatter formatter, String source) throws TableReadException {
        requireRowNumbersInRange(sheet, source);
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        Map<Integer, Map<Integer, String>> mergedDown = mergedDown(sheet, merged, formatter);
        GridBuilder grid = new GridBuilder();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            mergedDown.getOrDefault(r, Map.of()).forEach((column, text) -> {
                while (cells.size() <= column) {
                    cells.add("");
                }
                cells.set(column, text);
            });
            List<Integer> filled = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    filled.add(c);
                }
            }
            boolean spanning = filled.size() == 1 && mergedAcross(merged, r, filled.get(0));
            grid.add(r + 1, cells, spanning);
        }
        return grid.build(source);
    }

    /**
     * Row numbers come from the file ({@code <row r="…">}); a damaged one far beyond Excel's last
     * row would have the loop below walk billions of empty rows, and a negative one would be left
     * out without a word.
     */
    private static void requireRowNumbersInRange(Sheet sheet, String source) throws TableReadException {
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        for (Row row : sheet) {
            if (row.getRowNum() < 0 || row.getRowNum() > lastRow) {
                throw new TableReadException(source + " could not be read: it numbers a row "
                        + (row.getRowNum() < 0 ? "below the first" : "beyond the last") + " row Excel allows, so the "
                        + "workbook looks damaged. Open it in Excel, save it again, and import the new copy.");
            }
        }
    }

    /**
     * The text of each cell merged down over several rows, for the rows below its first (row →
     * column → text): the value belongs to every row it covers, as in a priority merged down
     * beside its sub-items.
     */
    private static Map<Integer, Map<Integer, String>> mergedDown(Sheet sheet, List<CellRangeAddress> merged,
                                                                  DataFormatter formatter) {
        Map<Integer, Map<Integer, String>> fills = new HashMap<>();
        for (CellRangeAddress region : merged) {
            if (region.getLastRow() == region.getFirstRow()) {
                continue;
            }
            Row top = sheet.getRow(region.getFirstRow());
            Cell cell = top == null ? null : top.getCell(region.getFirstColumn());
            String text = cell == null ? "" : formatter.formatCellValue(cell);
            for (int r = region.getFirstRow() + 1; r <= region.getLastRow() && !text.isBlank(); r++) {
                fills.computeIfAbsent(r, k -> new HashMap<>()).put(region.getFirstColumn(), text);
            }
        }
        return fills;
    }

    /** Whether the cell is the first of a region merged across two or more columns. */
    private static boolean mergedAcross(List<CellRangeAddress> merged, int row, int column) {
        for (CellRangeAddress region : merged) {
            if (region.getFirstRow() == row && region.getFirstColumn() == column
                    && region.getLastColumn() > region.getFirstColumn()) {
                return true;
            }
        }
        return false;
    }
}
