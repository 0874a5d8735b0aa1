package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.framework.CompetencyRepository;
import org.cadre.framework.FrameworkVersionRepository;
import org.cadre.security.AccessLog;
import org.cadre.testsupport.CohortFixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class WorkbookExportResourceTest {

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    CompetencyRepository competencies;

    @Inject
    WorkbookAuditRepository audit;

    @Inject
    AccessLog accessLog;

    private static XSSFWorkbook workbook(Response response) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()));
    }

    private static Response download(String path) {
        return given().header("Accept-Language", "fr").when().get(path).then().statusCode(200)
                .contentType(WorkbookImportResource.XLSX)
                .header("Content-Disposition", startsWith("attachment;"))
                .extract().response();
    }

    @Test
    @TestSecurity(user = "wb-trainee-framework", roles = "trainee")
    void frameworkExportHasEveryCompetencyInTheReadersLanguage() throws Exception {
        long before = audit.count("kind = 'framework' and actor = 'wb-trainee-framework'");
        Response response = download("/api/v1/workbook/exports/frameworks/psw/1.0");
        UUID versionId = versions.byCodeAndVersion("PSW", "1.0").orElseThrow().id;
        int expected = competencies.ofVersion(versionId).size();
        try (XSSFWorkbook book = workbook(response)) {
            assertEquals(List.of("Référentiel", "Échelle d'évaluation", "Compétences"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            XSSFSheet sheet = book.getSheet("Compétences");
            assertEquals("Énoncé", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(expected, sheet.getLastRowNum());
            assertTrue(expected > 5);
            assertTrue(sheet.getRow(1).getCell(2).getStringCellValue().startsWith("PSW"));
        }
        assertEquals(before + 1, audit.count("kind = 'framework' and actor = 'wb-trainee-framework'"));
        given().get("/api/v1/workbook/exports/frameworks/NOPE/1.0").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void exportsNeedASignedInCaller() {
        given().get("/api/v1/workbook/exports/frameworks/PSW/1.0").then().statusCode(401);
    }

    private record Workshop(UUID cohort, List<UUID> people) {
    }

    private static Workshop workshop() {
        UUID trainer = CohortFixtures.person("Afi", "Mensah " + CohortFixtures.suffix(), "BJ");
        UUID programme = CohortFixtures.programme("BJ", "TG");
        UUID cohort = CohortFixtures.cohort(programme, "BJ", "Africa/Porto-Novo", "Hôtel du Lac, Cotonou",
                LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 40, trainer);
        List<UUID> people = new ArrayList<>();
        people.add(CohortFixtures.person("Thị Hồng", "Nguyễn", "BJ"));
        people.add(CohortFixtures.person("Ama", "=HYPERLINK(\"http://evil.example\")", "BJ"));
        people.add(CohortFixtures.person("Kodjo", "Agbéko", "TG"));
        people.forEach(p -> CohortFixtures.enrol(cohort, p));
        CohortFixtures.session(cohort, "Africa/Porto-Novo", LocalDateTime.of(2016, 4, 12, 9, 0),
                LocalDateTime.of(2016, 4, 12, 12, 30), "Salle A", trainer);
        CohortFixtures.session(cohort, "Africa/Porto-Novo", LocalDateTime.of(2016, 4, 12, 14, 0),
                LocalDateTime.of(2016, 4, 12, 17, 0), "Salle A", trainer);
        CohortFixtures.session(cohort, "Africa/Porto-Novo", LocalDateTime.of(2016, 4, 13, 9, 0),
                LocalDateTime.of(2016, 4, 13, 12, 0), "Salle B", trainer);
        return new Workshop(cohort, people);
    }

    @Test
    @TestSecurity(user = "wb-admin-roster", roles = "admin")
    void rosterListsEveryEnrolmentWithHiddenIdsAndGuardedText() throws Exception {
        Workshop w = workshop();
        Response response = download("/api/v1/workbook/exports/cohorts/" + w.cohort() + "/roster");
        try (XSSFWorkbook book = workbook(response)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = headerRow(sheet, 1, "No.");
            assertTrue(sheet.isColumnHidden(0));
            List<String> ids = new ArrayList<>();
            List<String> families = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(text(sheet, r, 0));
                families.add(text(sheet, r, 2));
            }
            assertEquals(3, ids.size());
            assertTrue(ids.containsAll(w.people().stream().map(UUID::toString).toList()));
            assertTrue(families.contains("Nguyễn"));
            assertTrue(families.contains("'=HYPERLINK(\"http://evil.example\")"), families.toString());
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
        assertEquals(1, audit.count("kind = 'roster' and scopeId = ?1", w.cohort().toString()));
        // the same workbook for pages, linked from the cohort page
        given().get("/workbook/cohorts/" + w.cohort() + "/roster").then().statusCode(200)
                .contentType(WorkbookImportResource.XLSX);
        given().get("/workbook/cohorts/" + w.cohort() + "/nothing").then().statusCode(404);
        given().get("/cohorts/" + w.cohort()).then().statusCode(200)
                .body(containsString("/workbook/cohorts/" + w.cohort() + "/sign-in-sheets"));
        assertEquals(2, audit.count("kind = 'roster' and scopeId = ?1", w.cohort().toString()));
        assertFalse(accessLog.search(new AccessLog.Filter("wb-admin-roster", "workbook:roster", w.cohort().toString()), 0, 5)
                .isEmpty(), "a personal-data export is in the access log");
    }

    @Test
    @TestSecurity(user = "wb-admin-signin", roles = "admin")
    void signInSheetsHaveOnePrintReadySheetPerSessionDay() throws Exception {
        Workshop w = workshop();
        Response response = download("/api/v1/workbook/exports/cohorts/" + w.cohort() + "/sign-in-sheets");
        try (XSSFWorkbook book = workbook(response)) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals("Day 1 12.04.2016", book.getSheetName(0), "in the cohort's language, English");
            assertEquals("Day 2 13.04.2016", book.getSheetName(1));
            XSSFSheet day1 = book.getSheetAt(0);
            assertTrue(text(day1, 0, 0).startsWith("Cohort "));
            PrintSetup print = day1.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            int header = headerRow(day1, 4, "Signature");
            assertEquals(header, day1.getRepeatingRows().getLastRow(), "the heading repeats on every page");
            assertEquals(3 + 5, day1.getLastRowNum() - header, "participants and five blank lines");
            assertTrue(text(day1, header - 2, 1).contains("09:00–12:30"), "the day's sessions are listed");
            assertEquals("", text(day1, header + 1, 4), "the signature cell is blank");
        }
    }

    @Test
    @TestSecurity(user = "wb-admin-scores", roles = "admin")
    void scoringTemplateHasADropdownColumnPerCompetencyAndHiddenIds() throws Exception {
        UUID versionId = versions.byCodeAndVersion("PSW", "1.0").orElseThrow().id;
        int expected = competencies.ofVersion(versionId).size();
        UUID programme = UUID.randomUUID();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> audit.getEntityManager()
                .createNativeQuery("insert into programme (id, name, framework_version_id, created_at) values (?1, ?2, ?3, now())")
                .setParameter(1, programme).setParameter(2, "Scoring " + CohortFixtures.suffix()).setParameter(3, versionId)
                .executeUpdate());
        UUID trainer = CohortFixtures.person("Afi", "Mensah " + CohortFixtures.suffix(), "MD");
        UUID cohort = CohortFixtures.cohort(programme, "MD", "Europe/Chisinau", "Bălți", LocalDate.of(2019, 5, 21),
                LocalDate.of(2019, 5, 22), 30, trainer);
        UUID ion = CohortFixtures.person("Ion", "Rusu", "MD");
        CohortFixtures.enrol(cohort, ion);
        CohortFixtures.enrol(cohort, CohortFixtures.person("Maria", "Ciobanu", "MD"));

        Response response = download("/api/v1/workbook/exports/cohorts/" + cohort + "/scoring-template");
        try (XSSFWorkbook book = workbook(response)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = headerRow(sheet, 1, "No.");
            assertEquals(3 + expected, sheet.getRow(header).getLastCellNum(), "one column per competency");
            assertTrue(sheet.getRow(header - 1).getZeroHeight(), "the competency ids row is hidden");
            assertEquals(ScoringTemplateExport.ID_ROW_MARKER, text(sheet, header - 1, 0));
            assertEquals(36, text(sheet, header - 1, 3).length(), "a competency id");
            assertTrue(sheet.isColumnHidden(0));
            assertTrue(sheet.getProtect());
            assertEquals(expected, sheet.getDataValidations().size());
            assertTrue(sheet.getDataValidations().getFirst().getValidationConstraint().getExplicitListValues().length > 1);
            assertEquals(header + 2, sheet.getLastRowNum(), "two trainees");
            assertTrue(List.of(text(sheet, header + 1, 0), text(sheet, header + 2, 0)).contains(ion.toString()));
            assertFalse(sheet.getRow(header + 1).getCell(3).getCellStyle().getLocked(), "ratings can be typed");
            assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    @TestSecurity(user = "wb-admin-scores-cells", roles = "admin")
    void scoringTemplateCellsAreTheSeatedTraineesInNameOrderAndTheAuditHoldsTheFilesHash() throws Exception {
        UUID programme = CohortFixtures.pswProgramme("MD", "PSW-1.1", "PSW-1.3");
        UUID trainer = CohortFixtures.person("Afi", "Mensah " + CohortFixtures.suffix(), "MD");
        UUID cohort = CohortFixtures.cohort(programme, "MD", "Europe/Chisinau", "Bălți", LocalDate.of(2019, 6, 3),
                LocalDate.of(2019, 6, 4), 30, trainer);
        // enrolled in another order than the names'; sorted by the name as Cadre shows it (given, family)
        UUID stefan = CohortFixtures.person("Ștefan", "Ababii", "MD");
        UUID ion = CohortFixtures.person("Ion", "Rusu", "MD");
        UUID elise = CohortFixtures.person("Élise", "Botnaru", "MD");
        UUID ana = CohortFixtures.person("Ana", "Zota", "MD");
        UUID gone = CohortFixtures.person("Aaron", "Withdrawn", "MD");
        for (UUID p : List.of(stefan, ion, elise, ana, gone)) {
            CohortFixtures.enrol(cohort, p);
        }
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> audit.getEntityManager()
                .createNativeQuery("update enrolment set status = 'withdrawn' where cohort_id = ?1 and person_id = ?2")
                .setParameter(1, cohort).setParameter(2, gone).executeUpdate());

        Response response = download("/api/v1/workbook/exports/cohorts/" + cohort + "/scoring-template");
        byte[] bytes = response.asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = headerRow(sheet, 1, "No.");
            List<String> heading = new ArrayList<>();
            sheet.getRow(header).forEach(c -> heading.add(c.getStringCellValue()));
            assertEquals(5, heading.size(), heading.toString());
            assertTrue(heading.get(3).startsWith("PSW-1.1 ") && heading.get(4).startsWith("PSW-1.3 "), heading.toString());
            List<List<String>> rows = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(List.of(text(sheet, r, 0), text(sheet, r, 1), text(sheet, r, 2)));
                for (int c = 3; c < 5; c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    assertEquals("", text(sheet, r, c));
                    assertFalse(cell.getCellStyle().getLocked(), "rating cells can be typed");
                }
                assertTrue(sheet.getRow(r).getCell(2).getCellStyle().getLocked(), "names cannot");
            }
            assertEquals(List.of(
                    List.of(ana.toString(), "1.0", "Zota Ana"),
                    List.of(elise.toString(), "2.0", "Botnaru Élise"),
                    List.of(ion.toString(), "3.0", "Rusu Ion"),
                    List.of(stefan.toString(), "4.0", "Ababii Ștefan")), rows);
            assertEquals(2, sheet.getDataValidations().size());
            for (var validation : sheet.getDataValidations()) {
                assertEquals(List.of("not-yet — Not yet demonstrated", "developing — Developing",
                                "proficient — Proficient", "exemplary — Exemplary"), // the cohort's language, English
                        List.of(validation.getValidationConstraint().getExplicitListValues()));
                var range = validation.getRegions().getCellRangeAddress(0);
                assertEquals(header + 1, range.getFirstRow());
                assertEquals(header + 4, range.getLastRow());
            }
        }
        WorkbookAudit recorded = audit.find("actor = ?1 and kind = 'scoring-template' and scopeId = ?2",
                "wb-admin-scores-cells", cohort.toString()).singleResult();
        assertEquals(4, recorded.rowCount);
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                recorded.fileSha256, "the audit names exactly the file that was sent");
    }

    @Test
    @TestSecurity(user = "wb-pm-vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void aCohortOutOfScopeIsNotFound() {
        Workshop w = workshop();
        long before = audit.count();
        given().get("/api/v1/workbook/exports/cohorts/" + w.cohort() + "/roster").then().statusCode(404);
        given().get("/api/v1/workbook/exports/cohorts/" + w.cohort() + "/sign-in-sheets").then().statusCode(404);
        given().get("/api/v1/workbook/exports/cohorts/" + w.cohort() + "/scoring-template").then().statusCode(404);
        assertEquals(before, audit.count());
    }

    @Test
    @TestSecurity(user = "wb-mentor", roles = "mentor")
    void mentorsDoNotExportCohorts() {
        given().get("/api/v1/workbook/exports/cohorts/" + UUID.randomUUID() + "/roster").then().statusCode(403);
    }

    private static int headerRow(XSSFSheet sheet, int column, String header) {
        for (int r = 0; r <= Math.min(20, sheet.getLastRowNum()); r++) {
            if (header.equals(text(sheet, r, column))) {
                return r;
            }
        }
        throw new AssertionError("no header " + header + " in column " + column);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        var r = sheet.getRow(row);
        if (r == null || r.getCell(column) == null) {
            return "";
        }
        var cell = r.getCell(column);
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            default -> "";
        };
    }
}
