package org.crosswalk.tables.reading;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.crosswalk.plans.reading.OfficeParts;
import org.crosswalk.tables.TableFixtures;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fuzzer's damages (docs/reliability.md, "Fuzzing every reader"): a workbook whose
 * sheet numbers one row 2147483647 had the reader walk two billion empty rows (the import never
 * ended); one numbered -5 lost that row without a word. Both are now refused as damaged.
 */
class DamagedRowNumbersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "-5"})
    @Timeout(120) // guards against the endless walk coming back; not a measure of speed
    void aRowNumberExcelCannotHoldIsRefusedAsDamaged(String rowNumber) throws Exception {
        Path plain = TableFixtures.xlsx(dir.resolve("plain.xlsx"), "Priorities", List.of(List.of("Theme", "Priority"),
                List.of("Prevent", "Reduce smoking"), List.of("Prevent", "Healthy weight")));
        String sheet;
        try (ZipFile zip = new ZipFile(plain.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry(OfficeParts.SHEET)).readAllBytes(), StandardCharsets.UTF_8);
        }
        Path damaged = OfficeParts.withPart(plain, OfficeParts.SHEET,
                OfficeParts.text(sheet.replace("<row r=\"3\"", "<row r=\"" + rowNumber + "\"")), dir.resolve("damaged.xlsx"));

        TableReadException refused = assertThrows(TableReadException.class, () -> TableFiles.read(damaged));
        assertTrue(refused.getMessage().contains("numbers a row") && refused.getMessage().contains("looks damaged")
                && refused.getMessage().contains("save it again"), refused.getMessage());
    }
}
