package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cadre.workbook.ForeignWorkbooks.BOLD;
import static org.cadre.workbook.ForeignWorkbooks.PLAIN;
import static org.cadre.workbook.ForeignWorkbooks.TEXT;
import static org.cadre.workbook.ForeignWorkbooks.inline;
import static org.cadre.workbook.ForeignWorkbooks.number;
import static org.cadre.workbook.ForeignWorkbooks.shared;
import static org.cadre.workbook.TestWorkbooks.row;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Imports of workbooks that imitate what Excel and Google Sheets save (written by hand in
 * {@link ForeignWorkbooks}; these programs cannot run here, so the files reproduce their known habits).
 */
@QuarkusTest
class ForeignWorkbooksTest {

    private static final String XLSX = WorkbookImportResource.XLSX;

    @Inject
    WorkbookImportRepository imports;

    private static String commitOf(byte[] file, String kind, UUID cohort) {
        String id = given().log().ifValidationFails().contentType(XLSX).body(file).queryParam("scope", cohort.toString())
                .post("/api/v1/workbook/imports/" + kind).then().log().ifValidationFails().statusCode(201)
                .body("counts.error", equalTo(0)).extract().path("id");
        given().contentType("application/json").body("{}").post("/api/v1/workbook/imports/" + id + "/commit").then()
                .statusCode(200).body("changed", equalTo(true));
        return id;
    }

    @Test
    @TestSecurity(user = "wb-admin-excel-like", roles = "admin")
    void anExcelStyleListWithSharedStringsRichTextAndNumbersAsTextKeepsEveryLetter() {
        UUID cohort = CohortFixtures.cohort(CohortFixtures.programme("MD"), "MD", "Europe/Chisinau", "Bălți",
                LocalDate.of(2019, 5, 21), LocalDate.of(2019, 5, 22), 30);
        String s = CohortFixtures.suffix();
        // Vietnamese typed as decomposed letters (base letter + combining marks), as some keyboards do
        String nguyenDecomposed = Normalizer.normalize("Nguyễn " + s, Normalizer.Form.NFD);
        List<String> strings = List.of("Nume", "Prenume", "Telefon", "Țara", "E-mail",
                nguyenDecomposed, "Thị Hồng", "0722123456", "MD", "Ștefă|nescu " + s, "Ioana");
        String rows = row(1, shared("A1", 0, BOLD), shared("B1", 1, BOLD), shared("C1", 2, BOLD), shared("D1", 3, BOLD),
                shared("E1", 4, BOLD))
                + row(2, shared("A2", 5, PLAIN), shared("B2", 6, PLAIN), shared("C2", 7, TEXT), shared("D2", 8, PLAIN))
                + row(3, shared("A3", 9, PLAIN), shared("B3", 10, PLAIN), number("C3", 37369123456d, PLAIN),
                inline("D3", "md"), inline("E3", "ioana." + s + "@example.org"));
        commitOf(ForeignWorkbooks.workbook("Participanți Bălți", rows, strings), "participants", cohort);

        assertEquals(1, EvidenceFixtures.count("select count(*) from person where family_name = ?1 and given_name = 'Thị Hồng' "
                + "and phone = '0722123456'", "Nguyễn " + s), "composed letters, and the leading zero of a number stored as text");
        assertEquals(1, EvidenceFixtures.count("select count(*) from person where family_name = ?1 and given_name = 'Ioana' "
                + "and phone = '37369123456' and country_code = 'MD'", "Ștefănescu " + s), "rich-text runs joined; a number as digits");
        assertEquals(2, EvidenceFixtures.count("select count(*) from enrolment where cohort_id = ?1", cohort));
    }

    @Test
    @TestSecurity(user = "wb-mt-sheets-like", roles = "master-trainer")
    void aGoogleSheetsStyleSignInSheetWithInlineStringsAndAnAccentedSheetName() {
        UUID me = CohortFixtures.linkedPerson("wb-mt-sheets-like", "VN");
        UUID cohort = CohortFixtures.cohort(CohortFixtures.programme("VN"), "VN", "Asia/Ho_Chi_Minh", "Bình Dương",
                LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), 30, me);
        UUID session = CohortFixtures.session(cohort, "Asia/Ho_Chi_Minh", LocalDateTime.of(2024, 3, 4, 8, 0),
                LocalDateTime.of(2024, 3, 4, 11, 0), "Bình Dương", me);
        UUID hong = CohortFixtures.person("Thị Hồng", "Nguyễn", "VN");
        UUID lan = CohortFixtures.person("Lan", "Trần", "VN");
        CohortFixtures.enrol(cohort, hong);
        CohortFixtures.enrol(cohort, lan);
        String rows = row(1, inline("A1", "Tập huấn Bình Dương — 04.03.2024"))
                + row(3, inline("A3", "Cadre person id"), inline("B3", "Name"), inline("C3", "Signature"),
                inline("D3", "Present (P) / absent (A)"))
                + row(4, inline("A4", hong.toString()), inline("B4", "Nguyễn Thị Hồng"), inline("C4", "Hồng"))
                + row(5, inline("A5", lan.toString()), inline("B5", "Trần Lan"),
                ForeignWorkbooks.formulaText("D5", "IF(C5=\"\",\"A\",\"P\")", "A"));
        commitOf(ForeignWorkbooks.workbook("Ngày 1 — 04.03.2024 Bình Dương", rows, List.of()), "attendance", cohort);

        assertEquals(1, EvidenceFixtures.count("select count(*) from attendance where session_id = ?1 and person_id = ?2 "
                + "and status = 'present'", session, hong));
        assertEquals(1, EvidenceFixtures.count("select count(*) from attendance where session_id = ?1 and person_id = ?2 "
                + "and status = 'absent'", session, lan), "the formula's stored value, never evaluated");
    }
}
