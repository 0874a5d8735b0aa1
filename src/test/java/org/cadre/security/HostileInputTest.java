package org.cadre.security;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.testsupport.App;
import org.cadre.testsupport.Browser;
import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainee whose name is markup or a spreadsheet formula renders as plain text on every page that
 * shows them and as inert text in exports: nothing they type can run in a browser or a spreadsheet.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final String GIVEN = "<script>alert('pwned')</script>";
    static final String FAMILY = "=HYPERLINK(\"http://evil.invalid\",\"x\")";

    private EvidenceFixtures.Fw fw;
    private UUID cohort;
    private UUID session;
    private UUID trainee;
    private String verificationCode;
    private UUID certificate;

    @BeforeAll
    void seed() {
        fw = EvidenceFixtures.framework("BJ");
        UUID trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        cohort = EvidenceFixtures.cohort(fw, "BJ", trainer);
        trainee = CohortFixtures.person(GIVEN, FAMILY, "BJ");
        CohortFixtures.enrol(cohort, trainee);
        session = CohortFixtures.session(cohort, "UTC", LocalDateTime.of(2026, 3, 2, 9, 0),
                LocalDateTime.of(2026, 3, 2, 12, 0), null, trainer);
        certificate = CertificationFixtures.certificate(trainee, fw.programme(), cohort, LocalDate.of(2026, 3, 3),
                LocalDate.of(2029, 3, 3));
        verificationCode = (String) CertificationFixtures.value("select verification_code from certificate where id = ?1",
                certificate);
    }

    @Test
    void pagesShowTheNameAsText() {
        Browser admin = new Browser("en").signIn(App.url(""), "admin", Tokens.PASSWORD);
        List<String> pages = List.of("/cohorts/" + cohort, "/profiles/" + trainee, "/sessions/" + session + "/attendance",
                "/reports/gaps/" + fw.code() + "-1.1/people?programme=" + fw.programme(), "/verify/" + verificationCode,
                "/certificates/" + certificate, "/certificates/cohorts/" + cohort);
        List<String> failures = new ArrayList<>();
        for (String path : pages) {
            Browser.Page page = path.startsWith("/verify") ? new Browser("en").get(App.url(path)) : admin.get(App.url(path));
            if (page.status() != 200) {
                failures.add(path + " answered " + page.status());
            } else if (page.body().contains(GIVEN)) {
                failures.add(path + " contains the raw markup");
            } else if (!page.body().contains("&lt;script&gt;alert(")) {
                failures.add(path + " does not show the name at all");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void exportsKeepTheNameAsInertText() throws Exception {
        byte[] xlsx = given().auth().oauth2(Tokens.of("mt.benin"))
                .get("/api/v1/workbook/exports/cohorts/" + cohort + "/roster").then().statusCode(200)
                .extract().asByteArray();
        boolean seenGiven = false;
        boolean seenFamily = false;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, "a formula cell at " + cell.getAddress());
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        seenGiven |= text.equals(GIVEN);
                        if (text.contains("HYPERLINK")) {
                            seenFamily = true;
                            assertFalse(text.startsWith("="), "the formula is neutralised: " + text);
                        }
                    }
                }
            }
        }
        assertTrue(seenGiven, "the markup name is exported verbatim as text");
        assertTrue(seenFamily, "the formula-like name is exported, guarded");
    }

    @Test
    void theVerificationApiReturnsTheNameAsData() {
        given().get("/api/v1/certificates/verify/" + verificationCode).then().statusCode(200)
                .contentType("application/json")
                .body("name", org.hamcrest.Matchers.containsString(GIVEN));
    }
}
