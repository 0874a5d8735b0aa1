package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Sheet;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Cadre's own workbooks filled in and read back, and the same files after LibreOffice opened and saved
 * them (kept in {@code src/test/resources/workbooks/libreoffice/}: made from the files this test writes to
 * {@code target/roundtrip/} with {@code soffice --headless --convert-to xlsx}).
 */
@QuarkusTest
@TestSecurity(user = RoundTripFixture.TRAINER, roles = "master-trainer")
@OidcSecurity(claims = @Claim(key = "countries", value = "[\"MD\"]", type = ClaimType.JSON_ARRAY))
class RoundTripTest {

    private static final String XLSX = WorkbookImportResource.XLSX;

    @BeforeEach
    void seminar() {
        RoundTripFixture.ensure();
    }

    private static byte[] export(String kind) {
        return given().get("/api/v1/workbook/exports/cohorts/" + RoundTripFixture.COHORT + "/" + kind).then().statusCode(200)
                .extract().asByteArray();
    }

    private static void keep(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "roundtrip");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RoundTripTest.class.getResourceAsStream("/workbooks/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static ValidatableResponse upload(String kind, byte[] file) {
        return given().log().ifValidationFails().contentType(XLSX).body(file)
                .queryParam("scope", RoundTripFixture.COHORT.toString()).post("/api/v1/workbook/imports/" + kind)
                .then().log().ifValidationFails();
    }

    /** Uploads, checks there is no error, commits, and checks a second upload changes nothing. */
    private static void importTwice(String kind, byte[] file, String label) {
        String id = upload(kind, file).statusCode(201).body("counts.error", equalTo(0), "rows.label", hasItem(label))
                .extract().path("id");
        given().contentType("application/json").body("{}").post("/api/v1/workbook/imports/" + id + "/commit").then().statusCode(200);
        var again = upload(kind, file).statusCode(201).extract();
        assertEquals((Integer) again.path("counts.total"), again.path("counts.unchanged"), kind + ": the second upload changes nothing");
    }

    private static byte[] filledScores(byte[] template) {
        return Filled.edit(template, book -> {
            Sheet sheet = book.getSheetAt(0);
            int header = Filled.rowWith(sheet, 0, "Identificator Cadre"); // the cohort speaks Romanian
            Filled.set(sheet, Filled.rowWith(sheet, 0, RoundTripFixture.HONG.toString()),
                    Filled.columnWith(sheet, header, "LORT-1.1"), "N3 — Competent");
            Filled.set(sheet, Filled.rowWith(sheet, 0, RoundTripFixture.IOANA.toString()),
                    Filled.columnWith(sheet, header, "LORT-1.2"), 2);
        });
    }

    private static byte[] filledSignIn(byte[] sheets) {
        return Filled.edit(sheets, book -> {
            Sheet day1 = book.getSheetAt(0);
            Filled.set(day1, Filled.rowWith(day1, 0, RoundTripFixture.HONG.toString()), 4, "Hồng");
            Filled.set(day1, Filled.rowWith(day1, 0, RoundTripFixture.ANA.toString()), 5, "A");
            Sheet day2 = book.getSheetAt(1);
            Filled.set(day2, Filled.rowWith(day2, 0, RoundTripFixture.IOANA.toString()), 5, "P");
        });
    }

    private static long level(UUID person, UUID competency, String rater) {
        return EvidenceFixtures.count("select coalesce(max(level), 0) from rating where person_id = ?1 and competency_id = ?2 "
                + "and source = 'import' and rater_username = ?3", person, competency, rater);
    }

    private static long attended(UUID person, UUID session, String status) {
        return EvidenceFixtures.count("select count(*) from attendance where person_id = ?1 and session_id = ?2 and status = ?3",
                person, session, status);
    }

    @Test
    void cadresOwnWorkbooksFilledInComeBackWithTheirDiacritics() throws IOException {
        byte[] roster = export("roster");
        byte[] scores = filledScores(export("scoring-template"));
        byte[] signIn = filledSignIn(export("sign-in-sheets"));
        keep("roster.xlsx", roster);
        keep("scores-filled.xlsx", scores);
        keep("sign-in-filled.xlsx", signIn);

        importTwice("participants", roster, "Nguyễn Thị Hồng");
        importTwice("scores", scores, "Ștefănescu Ioana");
        assertEquals(3, level(RoundTripFixture.HONG, RoundTripFixture.C1, RoundTripFixture.TRAINER));
        assertEquals(2, level(RoundTripFixture.IOANA, RoundTripFixture.C2, RoundTripFixture.TRAINER));
        importTwice("attendance", signIn, "Țurcanu Ana — 21.05.2019: absent");
        assertEquals(1, attended(RoundTripFixture.HONG, RoundTripFixture.DAY1, "present"));
        assertEquals(1, attended(RoundTripFixture.IOANA, RoundTripFixture.DAY2, "present"));
    }

    @Test
    @TestSecurity(user = RoundTripFixture.CO_TRAINER, roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"MD\"]", type = ClaimType.JSON_ARRAY))
    void theSameWorkbooksSavedByLibreOfficeImportToo() throws IOException {
        byte[] roster = resource("libreoffice/roster.xlsx");
        byte[] scores = resource("libreoffice/scores-filled.xlsx");
        byte[] signIn = resource("libreoffice/sign-in-filled.xlsx");
        for (byte[] file : java.util.List.of(roster, scores, signIn)) {
            String zip = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            org.junit.jupiter.api.Assertions.assertTrue(zip.contains("docProps/app.xml"), "a file LibreOffice wrote");
        }
        importTwice("participants", roster, "Nguyễn Thị Hồng");
        importTwice("scores", scores, "Ștefănescu Ioana");
        assertEquals(3, level(RoundTripFixture.HONG, RoundTripFixture.C1, RoundTripFixture.CO_TRAINER));
        assertEquals(2, level(RoundTripFixture.IOANA, RoundTripFixture.C2, RoundTripFixture.CO_TRAINER));
        importTwice("attendance", signIn, "Țurcanu Ana — 21.05.2019: absent");
        assertEquals(1, attended(RoundTripFixture.ANA, RoundTripFixture.DAY1, "absent"));
        assertEquals(1, attended(RoundTripFixture.HONG, RoundTripFixture.DAY1, "present"));
    }
}
