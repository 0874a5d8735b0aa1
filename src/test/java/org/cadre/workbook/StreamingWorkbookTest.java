package org.cadre.workbook;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingWorkbookTest {

    private static XSSFWorkbook reopen(StreamingWorkbook book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.writeTo(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyTextCellIsWrittenAsGuardedTextAndNeverAsAFormula() throws Exception {
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            book.sheet("Roster").header(List.of("=Name", "+Phone")).row("=cmd|'/c calc'!A1", "+229 97 12 34 56")
                    .row("@SUM(1)", "-1").row("\tTab", "\nLine").row("Quảng Ninh", "Ama Kossi-Mensah");
            try (XSSFWorkbook read = reopen(book)) {
                XSSFSheet sheet = read.getSheet("Roster");
                for (int r = 0; r <= 3; r++) {
                    for (int c = 0; c <= 1; c++) {
                        XSSFCell cell = sheet.getRow(r).getCell(c);
                        assertEquals(CellType.STRING, cell.getCellType(), "row " + r + " col " + c);
                        assertTrue(cell.getStringCellValue().startsWith("'"), cell.getStringCellValue());
                        assertTrue(cell.getCellStyle().getQuotePrefixed() || r == 0);
                    }
                }
                assertEquals("'=cmd|'/c calc'!A1", sheet.getRow(1).getCell(0).getStringCellValue());
                assertEquals("Quảng Ninh", sheet.getRow(4).getCell(0).getStringCellValue());
                assertEquals("Ama Kossi-Mensah", sheet.getRow(4).getCell(1).getStringCellValue());
                assertFalse(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed());
            }
        }
    }

    @Test
    void keepsNumbersDatesAndBlanksTyped() throws Exception {
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            book.sheet("Data").header(List.of("n", "d", "blank", "b")).row(-3, LocalDate.of(2016, 4, 12), null, true);
            try (XSSFWorkbook read = reopen(book)) {
                XSSFRow row = read.getSheet("Data").getRow(1);
                assertEquals(-3.0, row.getCell(0).getNumericCellValue());
                assertEquals(LocalDate.of(2016, 4, 12), row.getCell(1).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(null, row.getCell(2));
                assertTrue(row.getCell(3).getBooleanCellValue());
            }
        }
    }

    @Test
    void printsOnA4LandscapeWithRepeatedHeaderFrozenPanesHiddenIdsAndProtection() throws Exception {
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            SheetWriter sheet = book.sheet("Jour 1 — 12/04").title("Atelier régional, Cotonou")
                    .caption("Dates", "12–15 avril 2016").caption("Lieu", "Cotonou").blankLine()
                    .editable(2).bordered().rowHeight(30)
                    .header(List.of("id", "Nom", "Signature"));
            IntStream.range(0, 500).forEach(i -> sheet.row("id-" + i, "Participant " + i));
            sheet.widths(10, 30, 25).hideColumn(0).freezeHeader(2).printA4Landscape()
                    .dropdown(2, List.of("present", "absent"), 504, "Valeur", "Choisissez dans la liste").protect();
            try (XSSFWorkbook read = reopen(book)) {
                XSSFSheet s = read.getSheetAt(0);
                assertEquals("Jour 1 — 12 04", s.getSheetName());
                PrintSetup print = s.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
                assertTrue(print.getLandscape());
                assertEquals(CellRangeAddress.valueOf("$1:$5"), s.getRepeatingRows());
                assertEquals(5, s.getPaneInformation().getHorizontalSplitPosition());
                assertEquals(2, s.getPaneInformation().getVerticalSplitPosition());
                assertTrue(s.isColumnHidden(0));
                assertTrue(s.getProtect());
                assertTrue(s.getRow(4).getCell(1).getCellStyle().getLocked(), "header is locked");
                assertFalse(s.getRow(5).getCell(2).getCellStyle().getLocked(), "signature cells are editable");
                assertEquals(505, s.getLastRowNum() + 1 - 0);
                DataValidation validation = s.getDataValidations().getFirst();
                assertEquals(List.of("present", "absent"), List.of(validation.getValidationConstraint().getExplicitListValues()));
                assertEquals(30f, s.getRow(300).getHeightInPoints());
            }
        }
    }

    @Test
    void longDropdownListsLiveOnAHiddenSheet() throws Exception {
        List<String> levels = IntStream.range(0, 40).mapToObj(i -> "Niveau très détaillé numéro " + i).toList();
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            SheetWriter sheet = book.sheet("Scores").header(List.of("Nom", "PSW-1.1"));
            sheet.row("Ama", null).dropdown(1, levels, 10, "x", "y");
            try (XSSFWorkbook read = reopen(book)) {
                assertTrue(read.isSheetHidden(read.getSheetIndex("_lists")));
                String formula = read.getSheet("Scores").getDataValidations().getFirst()
                        .getValidationConstraint().getFormula1();
                assertEquals("'_lists'!$A$1:$AN$1", formula);
                assertEquals("Niveau très détaillé numéro 39", read.getSheet("_lists").getRow(0).getCell(39).getStringCellValue());
            }
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() throws Exception {
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            book.sheet("Day 1: 12/04/2016 [Cotonou]").row("a");
            book.sheet("Day 1: 12/04/2016 [Cotonou]").row("b");
            try (XSSFWorkbook read = reopen(book)) {
                assertEquals(2, read.getNumberOfSheets());
                assertNotNull(read.getSheetAt(1).getRow(0));
                assertFalse(read.getSheetName(0).equalsIgnoreCase(read.getSheetName(1)));
                assertTrue(read.getSheetName(0).length() <= 31);
            }
        }
    }

    @Test
    void closeDeletesTheTemporaryFiles() throws Exception {
        Path file;
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            SheetWriter sheet = book.sheet("Big");
            IntStream.range(0, 1000).forEach(i -> sheet.row("row " + i, i));
            file = book.writeToTempFile();
        }
        try {
            assertTrue(Files.size(file) > 0);
            try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
                assertEquals(999, read.getSheet("Big").getLastRowNum());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void hashTakenWhileWritingIsTheHashOfTheFile() throws Exception {
        Path file;
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            SheetWriter sheet = book.sheet("Big");
            IntStream.range(0, 500).forEach(i -> sheet.row("row " + i, i));
            file = book.writeToTempFile(digest);
        }
        try {
            assertEquals(WorkbookImports.sha256(file), java.util.HexFormat.of().formatHex(digest.digest()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void eachLookLockedAndBorderedCombinationHasItsOwnStyleMadeOnce() {
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            // by identity: the header's two styles are alike (a header always has borders), yet each is its own
            java.util.Set<org.apache.poi.ss.usermodel.CellStyle> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (StreamingWorkbook.Look look : StreamingWorkbook.Look.values()) {
                for (boolean locked : new boolean[]{false, true}) {
                    for (boolean bordered : new boolean[]{false, true}) {
                        var style = book.style(look, locked, bordered);
                        assertTrue(style == book.style(look, locked, bordered), "made once: " + look + locked + bordered);
                        assertEquals(locked, style.getLocked());
                        assertEquals(bordered || look == StreamingWorkbook.Look.HEADER,
                                style.getBorderTop() == org.apache.poi.ss.usermodel.BorderStyle.THIN, look + " " + bordered);
                        assertEquals(look == StreamingWorkbook.Look.GUARDED_TEXT, style.getQuotePrefixed());
                        assertEquals(look == StreamingWorkbook.Look.HEADER, style.getWrapText());
                        distinct.add(style);
                    }
                }
            }
            assertEquals(StreamingWorkbook.Look.values().length * 4, distinct.size());
        }
    }
}
