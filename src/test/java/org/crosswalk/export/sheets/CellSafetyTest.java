package org.crosswalk.export.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CellSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"click\")", "=1+1", "+44 1865", "+", "-5", "-", "- bullet",
            "@SUM(A1)", "@", "\tTab first", "\t", "\rCR first", "\r\nCRLF first", "＝1+1", "＋44", "－5", "＠SUM(A1)"})
    void eachRiskyFirstCharacterGetsAnApostrophe(String value) {
        assertTrue(CellSafety.isRisky(value));
        assertEquals("'" + value, CellSafety.neutralise(value));
        assertEquals(value, CellSafety.restore(CellSafety.neutralise(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Plain text", "2.18", "£5 – five pounds", " =not first", "a=b", "x-5", "\nLF first",
            "“=curly quote first”"})
    void harmlessValuesStayAsTheyAre(String value) {
        assertFalse(CellSafety.isRisky(value));
        assertEquals(value, CellSafety.neutralise(value));
        assertEquals(value, CellSafety.restore(value));
    }

    @Test
    void aLeadingApostropheIsDoubledSoRestoreIsExact() {
        assertEquals("''=x", CellSafety.neutralise("'=x"));
        assertEquals("'=x", CellSafety.restore(CellSafety.neutralise("'=x")));
        assertEquals("''quoted", CellSafety.neutralise("'quoted"));
        assertEquals("'quoted", CellSafety.restore("''quoted"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", CellSafety.neutralise(null));
        assertEquals("", CellSafety.restore(null));
        assertFalse(CellSafety.isRisky(null));
    }
}
