package org.crosswalk.export.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crosswalk.export.ExportFixtures;
import org.crosswalk.export.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetRowsTest {

    @Test
    void theSampleHasOneRowPerLinkAndOnePerNoMentionPriority(@TempDir Path dir) throws Exception {
        List<SpreadsheetRows.Row> rows = SpreadsheetRows.of(ExportFixtures.samplePaper(dir));
        Map<String, Long> byStatus = rows.stream().collect(Collectors.groupingBy(SpreadsheetRows.Row::status,
                Collectors.counting()));
        assertEquals(Map.of("Linked", 26L, "No mention", 3L), byStatus);
    }

    @Test
    void everyThemeAndPrioritySurvivesEvenWithoutLinks() {
        Paper paper = SheetExpectations.riskyPaper();
        List<SpreadsheetRows.Row> rows = SpreadsheetRows.of(paper);
        assertEquals(List.of("Linked", "Linked", "No mention", "Not mapped", ""),
                rows.stream().map(SpreadsheetRows.Row::status).toList());
        assertEquals("2.10.", rows.get(0).paragraph());
        assertEquals("", rows.get(1).paragraph());
        assertNull(rows.get(1).page());
        assertEquals("Empty theme", rows.get(4).theme());
        assertEquals("", rows.get(4).priority());
        // raw values: the writers neutralise, not the table
        assertEquals("=HYPERLINK(\"http://x\")", rows.get(0).priority());
    }

    @Test
    void rowTextsFollowTheColumns() {
        SpreadsheetRows.Row row = SpreadsheetRows.of(SheetExpectations.riskyPaper()).get(0);
        assertEquals("37", row.text(SpreadsheetRows.Column.PAGE));
        assertEquals("yes", row.text(SpreadsheetRows.Column.EXCERPT));
        assertEquals(15, SpreadsheetRows.columns().size());
    }

    @Test
    void headersNameTheirColumnsWhateverTheCaseOrSpacing() {
        for (SpreadsheetRows.Column column : SpreadsheetRows.columns()) {
            assertEquals(column, SpreadsheetRows.Column.forHeader(column.header()).orElseThrow());
        }
        assertEquals(SpreadsheetRows.Column.SUB_ITEMS, SpreadsheetRows.Column.forHeader(" sub items ").orElseThrow());
        assertEquals(SpreadsheetRows.Column.NO_MENTION,
                SpreadsheetRows.Column.forHeader("NO MENTION WORDING").orElseThrow());
        assertEquals(SpreadsheetRows.Column.LEAD, SpreadsheetRows.Column.forHeader("LEAD").orElseThrow());
        assertEquals(Optional.empty(), SpreadsheetRows.Column.forHeader("Owner"));
    }
}
