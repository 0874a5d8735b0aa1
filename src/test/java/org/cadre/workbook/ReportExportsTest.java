package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.security.AccessLog;
import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReportExportsTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Inject
    WorkbookAuditRepository audit;

    @Inject
    AccessLog accessLog;

    private static XSSFWorkbook download(String path, String language) throws Exception {
        byte[] bytes = given().header("Accept-Language", language).get(path).then().statusCode(200)
                .contentType(WorkbookImportResource.XLSX).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** Every cell's text, and that no cell anywhere holds a formula. */
    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                assertFalse(cell.getCellType() == CellType.FORMULA, "no formula in " + cell.getAddress());
                texts.add(f.formatCellValue(cell));
            }
        }
        return texts;
    }

    /** A Moldovan programme whose competency statements are hostile, with one rated trainee. */
    private static EvidenceFixtures.Fw hostileProgramme(UUID trainer) {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework("MD");
        CertificationFixtures.update("update competency set statement = cast(?1 as jsonb) where id = ?2",
                "{\"en\":\"" + EVIL.replace("\"", "\\\"") + "\"}", fw.c1());
        CertificationFixtures.update("update competency set statement = cast(?1 as jsonb) where id = ?2",
                "{\"en\":\"" + SCRIPT + "\"}", fw.c2());
        UUID cohort = EvidenceFixtures.cohort(fw, "MD", trainer);
        UUID trainee = EvidenceFixtures.trainee(cohort, "MD");
        CertificationFixtures.rating(trainee, fw.c1(), fw.version(), 4);
        return fw;
    }

    @Test
    @TestSecurity(user = "wb-admin-gap-export", roles = "admin")
    void gapAndCoverageReportsExportInTheCallersLanguageWithInertText() throws Exception {
        EvidenceFixtures.Fw fw = hostileProgramme(CohortFixtures.person("Ana", "Trainer", "MD"));
        try (XSSFWorkbook book = download("/api/v1/workbook/exports/reports/gaps?programme=" + fw.programme(), "en")) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Gap report", sheet.getSheetName());
            List<String> texts = texts(sheet);
            assertTrue(texts.contains("'" + EVIL), texts.toString());
            assertTrue(texts.contains(fw.code() + "-1.2"), texts.toString());
            assertTrue(texts.contains("100"), "one of one proficient in the first competency: " + texts);
        }
        try (XSSFWorkbook book = download("/workbook/reports/gaps?programme=" + fw.programme(), "fr")) {
            List<String> texts = texts(book.getSheetAt(0));
            assertEquals("Écarts de compétences", book.getSheetName(0));
            assertTrue(texts.contains(SCRIPT), "stored as plain text, which a spreadsheet never runs: " + texts);
        }
        try (XSSFWorkbook book = download("/api/v1/workbook/exports/reports/coverage?programme=" + fw.programme(), "ro")) {
            assertEquals("Acoperire", book.getSheetName(0));
            List<String> texts = texts(book.getSheetAt(0));
            assertTrue(texts.contains("MD"), texts.toString());
            assertEquals(3, texts.stream().filter(t -> t.startsWith(fw.code() + "-")).count(), "one row per competency");
        }
        assertEquals(2, audit.count("kind = 'gap-report' and scopeId = ?1", fw.programme().toString()));
        assertEquals(1, audit.count("kind = 'coverage-report' and scopeId = ?1", fw.programme().toString()));
        given().get("/api/v1/workbook/exports/reports/gaps?programme=" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/workbook/exports/reports/gaps").then().statusCode(400);
        given().get("/api/v1/workbook/exports/reports/nothing?programme=" + fw.programme()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "wb-mt-gap-export", roles = "master-trainer")
    void aMasterTrainerExportsOnlyTheProgrammesTheyTrain() {
        UUID me = CohortFixtures.linkedPerson("wb-mt-gap-export", "MD");
        EvidenceFixtures.Fw mine = hostileProgramme(me);
        EvidenceFixtures.Fw others = hostileProgramme(CohortFixtures.person("Vlad", "Other", "MD"));
        given().get("/api/v1/workbook/exports/reports/gaps?programme=" + mine.programme()).then().statusCode(200);
        given().get("/api/v1/workbook/exports/reports/gaps?programme=" + others.programme()).then().statusCode(404);
        given().get("/workbook/reports/coverage?programme=" + others.programme()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "wb-admin-certificates", roles = "admin")
    void theCertificateRegisterNamesHoldersAsInertText() throws Exception {
        UUID programme = CohortFixtures.programme("MD");
        UUID cohort = CohortFixtures.cohort(programme, "MD", "Europe/Chisinau", "Bălți", LocalDate.of(2019, 5, 21),
                LocalDate.of(2019, 5, 22), 30);
        UUID evil = CohortFixtures.person(EVIL, "Rusu", "MD");
        UUID hong = CohortFixtures.person("Thị Hồng", "Nguyễn", "MD");
        UUID script = CohortFixtures.person(SCRIPT, "Ștefănescu", "MD");
        for (UUID p : List.of(evil, hong, script)) {
            CohortFixtures.enrol(cohort, p);
            CertificationFixtures.certificate(p, programme, cohort, LocalDate.of(2019, 5, 22), LocalDate.of(2021, 5, 22));
        }
        try (XSSFWorkbook book = download("/api/v1/workbook/exports/cohorts/" + cohort + "/certificates", "fr")) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Certificates", sheet.getSheetName(), "in the cohort's language (English)");
            List<String> texts = texts(sheet);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("'=HYPERLINK")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains("Nguyễn")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains(SCRIPT)), texts.toString());
            assertTrue(texts.contains("2021-05-22"), texts.toString());
        }
        assertEquals(1, audit.count("kind = 'certificate-register' and scopeId = ?1", cohort.toString()));
        given().get("/workbook/cohorts/" + cohort + "/certificates").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "wb-pm-certificates", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void anotherCountrysManagerGets404ForTheRegister() {
        UUID cohort = CohortFixtures.cohort(CohortFixtures.programme("MD"), "MD", "Europe/Chisinau", "Bălți",
                LocalDate.of(2019, 5, 21), LocalDate.of(2019, 5, 22), 30);
        given().get("/api/v1/workbook/exports/cohorts/" + cohort + "/certificates").then().statusCode(404);
        assertEquals(0, audit.count("kind = 'certificate-register' and scopeId = ?1", cohort.toString()));
    }
}
