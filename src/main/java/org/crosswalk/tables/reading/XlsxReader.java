package org.crosswalk.tables.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosswalk.export.sheets.XlsxExporter;
import org.crosswalk.plans.reading.OfficeZipLimits;

/**
 * Reads every non-empty sheet of an Excel workbook as a {@link Grid}. Cells read as Excel shows
 * them (numbers and dates in their format, in UK style; a formula as its last calculated value).
 * A row whose only text is in a cell merged across several columns is a spanning row (a theme
 * row). The "About" sheet of a workbook Crosswalk exported is kept apart.
 */
final class XlsxReader {
    private XlsxReader() {
    }

    static TableFile read(Path file) throws TableReadException {
        OfficeZipLimits.apply();
        String name = TableFiles.name(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
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
                        about = grid;
                    } else {
                        grids.add(grid);
                        names.add(sheet.getSheetName());
                    }
                }
                return new TableFile(name, TableFormat.XLSX, grids, names, null, about);
            }
        } catch (Exception | StackOverflowError e) {
            throw OfficeFailures.translate("Excel workbook", e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static Grid sheet(Sheet sheet, DataFormatter formatter, String source) {
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        GridBuilder grid = new GridBuilder();
        for (Row row : sheet) {
            int last = row.getLastCellNum();
            List<String> cells = new ArrayList<>(Math.max(0, last));
            int filled = 0;
            int firstFilled = -1;
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                String text = cell == null ? "" : formatter.formatCellValue(cell);
                if (!text.isBlank()) {
                    filled++;
                    firstFilled = firstFilled < 0 ? c : firstFilled;
                }
                cells.add(text);
            }
            boolean spanning = filled == 1 && mergedAcross(merged, row.getRowNum(), firstFilled);
            grid.add(row.getRowNum() + 1, cells, spanning);
        }
        return grid.build(source);
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
