package org.cadre.workbook;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.web.ApiProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.cadre.workbook.TestWorkbooks.row;
import static org.cadre.workbook.TestWorkbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeWorkbookReaderTest {

    private static final List<Column> PEOPLE = List.of(
            Column.required("family", "Nom", "Family name", "Nume"),
            Column.required("given", "Prénom", "Given name", "Prenume"),
            Column.optional("organisation", "Organisation", "Organizație"),
            Column.optional("born", "Date de naissance", "Born"),
            Column.optional("phone", "Téléphone", "Phone"));

    private final SafeWorkbookReader reader = new SafeWorkbookReader(WorkbookConfig.ReadLimits.defaults());

    private List<ReadSheet> read(byte[] content, SafeWorkbookReader with) throws Exception {
        Path file = TestWorkbooks.toFile(content);
        try {
            return with.read(file, PEOPLE);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private ApiProblem refused(byte[] content) {
        return refused(content, reader);
    }

    private ApiProblem refused(byte[] content, SafeWorkbookReader with) {
        return assertThrows(ApiProblem.class, () -> read(content, with));
    }

    @Test
    void readsItsOwnExportWithTitleLinesGuardedTextAndVietnamese() throws Exception {
        byte[] file = TestWorkbooks.written("Tập huấn Quảng Ninh", List.of("Organisation", "Prénom", "Nom", "Téléphone"),
                List.of(List.of("Trung tâm Bảo trợ xã hội", "Thị Hồng", "Nguyễn", "+84 912 345 678"),
                        Arrays.asList("=cmd|' /c calc'!A1", "Ama", "Kossi", null)));
        List<ReadSheet> sheets = read(file, reader);
        assertEquals(1, sheets.size());
        ReadSheet sheet = sheets.getFirst();
        assertEquals(3, sheet.headerRow());
        assertEquals(2, sheet.rows().size());
        ReadRow first = sheet.rows().getFirst();
        assertEquals(4, first.number());
        assertEquals("Nguyễn", first.text("family"));
        assertEquals("Trung tâm Bảo trợ xã hội", first.text("organisation"));
        assertEquals("+84 912 345 678", first.text("phone"), "the export's guard is removed on import");
        assertEquals("=cmd|' /c calc'!A1", sheet.rows().get(1).text("organisation"), "read as text, never evaluated");
        assertNull(sheet.rows().get(1).text("phone"));
    }

    @Test
    void findsReorderedColumnsByHeaderWhateverTheirCaseAndAccents() throws Exception {
        byte[] file = TestWorkbooks.rawSheet(row(1, text("A1", "PRENOM"), text("B1", "x"), text("C1", " nom : "))
                + row(2, text("A2", "Ion"), text("B2", "ignored"), text("C2", "Rusu")));
        ReadRow only = read(file, reader).getFirst().rows().getFirst();
        assertEquals("Ion", only.text("given"));
        assertEquals("Rusu", only.text("family"));
    }

    @Test
    void decomposedAccentsFromOtherSpreadsheetsAreComposed() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Quảng Ninh", java.text.Normalizer.Form.NFD);
        byte[] file = TestWorkbooks.rawSheet(row(1, text("A1", "Nom"), text("B1", "Prénom"))
                + row(2, text("A2", decomposed), text("B2", "Lan")));
        assertEquals("Quảng Ninh", read(file, reader).getFirst().rows().getFirst().text("family"));
    }

    @Test
    void formulasGiveTheirStoredValueAndAreNeverEvaluated() throws Exception {
        byte[] file = TestWorkbooks.rawSheet(row(1, text("A1", "Nom"), text("B1", "Prénom"), text("C1", "Organisation"))
                + row(2, text("A2", "Rusu"), "<c r=\"B2\" t=\"str\"><f>UPPER(\"ion\")</f><v>ION</v></c>",
                "<c r=\"C2\" t=\"str\"><f>[1]Sheet1!$A$1</f><v>Centrul Speranța</v></c>")
                + row(3, text("A3", "Ciobanu"), "<c r=\"B3\"><f>1+1</f></c>"));
        ReadSheet sheet = read(file, reader).getFirst();
        assertEquals("ION", sheet.rows().getFirst().text("given"));
        assertEquals("Centrul Speranța", sheet.rows().getFirst().text("organisation"), "external link: cached value only");
        ReadRow uncached = sheet.rows().get(1);
        assertNull(uncached.text("given"));
        CellError error = uncached.errors().getFirst();
        assertEquals(3, error.row());
        assertEquals("B", error.column());
        assertEquals("Prénom", error.header());
        assertTrue(error.message().contains("formula"), error.message());
    }

    @Test
    void datesAndNumbersComeTyped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            XSSFRow header = sheet.createRow(0);
            List.of("Born", "Family name", "Given name", "Phone").forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            XSSFRow row = sheet.createRow(1);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(0).setCellValue(LocalDate.of(1990, 3, 14));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellValue("Mendoza");
            row.createCell(2).setCellValue("Lucía");
            row.createCell(3).setCellValue(52811234567d);
            workbook.write(out);
        }
        ReadRow row = read(out.toByteArray(), reader).getFirst().rows().getFirst();
        assertEquals(LocalDate.of(1990, 3, 14), row.date("born"));
        assertEquals("52811234567", row.text("phone"));
        assertEquals(List.of(), row.errors());
    }

    @Test
    void refusesAZipBombBeforeExpandingIt() {
        byte[] bomb = TestWorkbooks.zipBomb(60);
        assertTrue(bomb.length < 200_000, "the bomb itself is small: " + bomb.length);
        ApiProblem problem = refused(bomb);
        assertEquals(413, problem.status());
        assertEquals("workbook-expands-too-much", problem.type());
    }

    @Test
    void refusesAnEncryptedWorkbook() throws Exception {
        ApiProblem problem = refused(TestWorkbooks.encrypted());
        assertEquals(415, problem.status());
        assertEquals("workbook-encrypted", problem.type());
    }

    @Test
    void refusesMacroEnabledWorkbooks() {
        for (byte[] file : List.of(TestWorkbooks.withMacros(), TestWorkbooks.macroEnabledContentType())) {
            ApiProblem problem = refused(file);
            assertEquals(415, problem.status());
            assertEquals("workbook-macro-enabled", problem.type());
        }
    }

    @Test
    void refusesOtherFileTypesWhateverTheirName() {
        for (byte[] file : List.of(TestWorkbooks.png(), TestWorkbooks.pdf(), "Nom;Prénom\nRusu;Ion".getBytes(),
                TestWorkbooks.wordDocument())) {
            ApiProblem problem = refused(file);
            assertEquals(415, problem.status());
            assertEquals("workbook-not-xlsx", problem.type());
        }
    }

    @Test
    void refusesLegacyXls() throws Exception {
        ApiProblem problem = refused(TestWorkbooks.legacyXls());
        assertEquals(415, problem.status());
        assertEquals("workbook-legacy-format", problem.type());
    }

    @Test
    void refusesATruncatedWorkbookAsCorrupt() {
        byte[] whole = TestWorkbooks.written("Cotonou", List.of("Nom", "Prénom"), List.of(List.of("Kossi", "Ama")));
        ApiProblem problem = refused(Arrays.copyOf(whole, whole.length / 2));
        assertEquals(400, problem.status());
        assertEquals("workbook-corrupt", problem.type());
    }

    @Test
    void refusesDamagedSheetXmlAsCorrupt() {
        ApiProblem problem = refused(TestWorkbooks.rawSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom"));
        assertEquals(400, problem.status());
        assertEquals("workbook-corrupt", problem.type());
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] file = TestWorkbooks.written("x", List.of("Nom", "Prénom"), List.of(List.of("a", "b")));
        ApiProblem problem = refused(file, new SafeWorkbookReader(WorkbookConfig.ReadLimits.defaults().withMaxUploadBytes(1000)));
        assertEquals(413, problem.status());
        assertEquals("workbook-too-large", problem.type());
    }

    @Test
    void refusesTooManyRowsWhileStreaming() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(List.of("Family " + i, "Given " + i));
        }
        byte[] file = TestWorkbooks.written("x", List.of("Nom", "Prénom"), rows);
        ApiProblem problem = refused(file, new SafeWorkbookReader(WorkbookConfig.ReadLimits.defaults().withMaxRows(100)));
        assertEquals(413, problem.status());
        assertEquals("workbook-too-many-rows", problem.type());
    }

    @Test
    void refusesAZipWithThousandsOfParts() {
        ApiProblem problem = refused(TestWorkbooks.manyParts(1500));
        assertEquals(413, problem.status());
    }

    @Test
    void saysWhichHeadersAreMissing() {
        ApiProblem problem = refused(TestWorkbooks.rawSheet(row(1, text("A1", "Nom"), text("B1", "Âge"))));
        assertEquals(422, problem.status());
        assertTrue(problem.getMessage().contains("Prénom"), problem.getMessage());
    }

    @Test
    void serialDatesNumbersStoredAsTextAndDecomposedLettersReadAsTyped() throws Exception {
        List<Column> columns = List.of(Column.required("name", "Nom"), Column.optional("born", "Né le"),
                Column.optional("code", "Code"));
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Hồng", java.text.Normalizer.Form.NFD);
        byte[] file = ForeignWorkbooks.workbook("Élèves à Cotonou", row(1, ForeignWorkbooks.shared("A1", 0, ForeignWorkbooks.BOLD),
                        ForeignWorkbooks.shared("B1", 1, ForeignWorkbooks.BOLD), ForeignWorkbooks.shared("C1", 2, ForeignWorkbooks.BOLD))
                        + row(2, ForeignWorkbooks.shared("A2", 3, ForeignWorkbooks.PLAIN),
                        ForeignWorkbooks.number("B2", 42472, ForeignWorkbooks.DATE), ForeignWorkbooks.shared("C2", 4, ForeignWorkbooks.TEXT)),
                List.of("Nom", "Né le", "Code", decomposed, "00123"));
        try (var path = new AutoDeleted(TestWorkbooks.toFile(file))) {
            List<ReadSheet> sheets = reader.read(path.file(), columns);
            assertEquals("Élèves à Cotonou", sheets.getFirst().name());
            ReadRow r = sheets.getFirst().rows().getFirst();
            assertEquals("Nguyễn Thị Hồng", r.text("name"));
            assertEquals(java.time.LocalDate.of(2016, 4, 12), r.date("born"));
            assertEquals("00123", r.text("code"));
        }
    }

    private record AutoDeleted(java.nio.file.Path file) implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
