package org.cadre.workbook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+229 97 12 34 56", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", "\n=cmd",
            "=HYPERLINK(\"http://evil.example\",\"click\")", "=", "-"})
    void guardsEveryTextThatBeginsWithAFormulaCharacter(String text) {
        String written = CellText.neutralise(text);
        assertEquals("'" + text, written);
        assertTrue(CellText.isDangerous(text));
        assertFalse(CellText.isDangerous(written), "the guarded text no longer starts a formula");
        assertEquals(text, CellText.unguard(written), "import gives the original text back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quảng Ninh", "Bălți", "Ama Kossi-Mensah", "a=b", "PSW-2.3", "12 - 15 avril 2016",
            " =leading space", "Nguyễn Thị Hồng", "'quoted", "Ñuñoa", ""})
    void leavesPlainTextUntouched(String text) {
        assertEquals(text, CellText.neutralise(text));
        assertEquals(text, CellText.unguard(text));
    }

    @Test
    void nullStaysNull() {
        assertNull(CellText.neutralise(null));
        assertNull(CellText.unguard(null));
    }

    @Test
    void unguardKeepsAnApostropheThatGuardsNothing() {
        assertEquals("'tis", CellText.unguard("'tis"));
        assertEquals("'", CellText.unguard("'"));
    }
}
