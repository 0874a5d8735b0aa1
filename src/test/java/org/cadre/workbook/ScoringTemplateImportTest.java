package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Sheet;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ScoringTemplateImportTest {

    private static final String XLSX = WorkbookImportResource.XLSX;
    private static final String TRAINER = "wb-mt-scores";

    record Scored(EvidenceFixtures.Fw fw, UUID cohort, UUID hong, UUID ioana) {
    }

    /** A Moldovan cohort trained by the signed-in master trainer, with a Vietnamese and a Romanian trainee. */
    private static Scored cohortOf(String trainer) {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework("MD");
        UUID me = CohortFixtures.linkedPerson(trainer, "MD");
        UUID cohort = EvidenceFixtures.cohort(fw, "MD", me);
        String s = CohortFixtures.suffix();
        UUID hong = CohortFixtures.person("Thị Hồng " + s, "Nguyễn", "MD");
        UUID ioana = CohortFixtures.person("Ioana " + s, "Ștefănescu", "MD");
        CohortFixtures.enrol(cohort, hong);
        CohortFixtures.enrol(cohort, ioana);
        return new Scored(fw, cohort, hong, ioana);
    }

    private static byte[] template(UUID cohort) {
        return given().get("/api/v1/workbook/exports/cohorts/" + cohort + "/scoring-template").then().statusCode(200)
                .extract().asByteArray();
    }

    /** Fills the exported template: one level per trainee and competency code (null leaves the cell blank). */
    private static byte[] fill(byte[] template, Scored c, String hongC1, String hongC2, String ioanaC1) {
        return Filled.edit(template, book -> {
            Sheet sheet = book.getSheetAt(0);
            int header = Filled.rowWith(sheet, 0, "Cadre person id");
            int c1 = Filled.columnWith(sheet, header, c.fw().code() + "-1.1");
            int c2 = Filled.columnWith(sheet, header, c.fw().code() + "-1.2");
            int hong = Filled.rowWith(sheet, 0, c.hong().toString());
            int ioana = Filled.rowWith(sheet, 0, c.ioana().toString());
            Filled.set(sheet, hong, c1, hongC1);
            Filled.set(sheet, hong, c2, hongC2);
            Filled.set(sheet, ioana, c1, ioanaC1);
        });
    }

    private static ValidatableResponse upload(UUID cohort, byte[] file) {
        return given().log().ifValidationFails().contentType(XLSX).body(file).queryParam("scope", cohort.toString())
                .queryParam("name", "scores.xlsx").post("/api/v1/workbook/imports/scores").then().log().ifValidationFails();
    }

    private static ValidatableResponse commit(String id) {
        return given().contentType("application/json").body("{}").post("/api/v1/workbook/imports/" + id + "/commit").then();
    }

    private static long ratings(UUID person) {
        return EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and source = 'import'", person);
    }

    @Test
    @TestSecurity(user = TRAINER, roles = "master-trainer")
    void aFilledTemplateBecomesRatingsByTheUploaderOnceAndOnlyWhenEveryRowIsValid() {
        Scored c = cohortOf(TRAINER);
        byte[] exported = template(c.cohort());

        byte[] wrong = fill(exported, c, "L3 — Competent", "2", "L9");
        String bad = upload(c.cohort(), wrong).statusCode(201)
                .body("committable", equalTo(false), "counts.error", equalTo(1), "counts.create", equalTo(1),
                        "rows.find { it.outcome == 'error' }.errors[0].column", equalTo("D"),
                        "rows.find { it.outcome == 'error' }.errors[0].header", startsWith(c.fw().code() + "-1.1"),
                        "rows.find { it.outcome == 'error' }.errors[0].message", startsWith("\"L9\" is not a level"),
                        "rows.find { it.outcome == 'error' }.label", startsWith("Ștefănescu Ioana"))
                .extract().path("id");
        commit(bad).statusCode(422);
        assertEquals(0, ratings(c.hong()), "all or nothing: the valid row was not written either");

        byte[] good = fill(exported, c, "L3 — Competent", "2", "l4");
        String id = upload(c.cohort(), good).statusCode(201)
                .body("committable", equalTo(true), "counts.create", equalTo(2),
                        "rows.label", hasItem(startsWith("Nguyễn Thị Hồng")))
                .extract().path("id");
        assertEquals(0, ratings(c.hong()), "a preview writes nothing");
        commit(id).statusCode(200).body("changed", equalTo(true));
        assertEquals(2, ratings(c.hong()));
        assertEquals(1, ratings(c.ioana()));
        assertEquals(1, EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and competency_id = ?2 "
                + "and level = 3 and rater_username = '" + TRAINER + "'", c.hong(), c.fw().c1()));
        assertEquals(1, EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and competency_id = ?2 "
                + "and level = 4", c.ioana(), c.fw().c1()));

        // the same file again changes nothing
        String again = upload(c.cohort(), good).statusCode(201)
                .body("counts.unchanged", equalTo(2), "counts.create", equalTo(0), "alreadyCommittedAs", equalTo(id))
                .extract().path("id");
        commit(again).statusCode(200).body("changed", equalTo(false));
        assertEquals(2, ratings(c.hong()));

        // one changed level is one new rating
        String changed = upload(c.cohort(), fill(exported, c, "L4", "2", "l4")).statusCode(201)
                .body("counts.update", equalTo(1), "counts.unchanged", equalTo(1)).extract().path("id");
        commit(changed).statusCode(200).body("changed", equalTo(true));
        assertEquals(3, ratings(c.hong()));
        assertEquals(1, ratings(c.ioana()));
    }

    @Test
    @TestSecurity(user = "wb-mt-scores-reordered", roles = "master-trainer")
    void columnsMayBeReorderedAndNamedByCodeAndRowsOutsideTheCohortAreErrors() {
        Scored c = cohortOf("wb-mt-scores-reordered");
        UUID stranger = CohortFixtures.person("Ion", "Rusu", "MD");
        byte[] file = TestWorkbooks.written("Scores", List.of(c.fw().code() + "-1.2", "Nume", "Cadre person id", c.fw().code() + "-1.1"),
                List.of(List.of("L2 — Developing", "Nguyễn Thị Hồng", c.hong().toString(), 1),
                        List.of("L1", "Rusu Ion", stranger.toString(), "L1"),
                        java.util.Arrays.asList(null, "Someone new", null, "L2")));
        upload(c.cohort(), file).statusCode(201)
                .body("counts.create", equalTo(1), "counts.error", equalTo(2),
                        "rows[1].errors[0].column", equalTo("C"), "rows[1].errors[0].message", equalTo("is not a trainee of this cohort"),
                        "rows[2].errors[0].column", equalTo("C"));
    }

    @Test
    @TestSecurity(user = "wb-mt-scores-vn", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void anotherCountrysMasterTrainerGets404() {
        CohortFixtures.linkedPerson("wb-mt-scores-vn", "VN");
        Scored c = cohortOf("wb-mt-scores-owner-" + CohortFixtures.suffix());
        byte[] file = TestWorkbooks.written("Scores", List.of("Cadre person id", c.fw().code() + "-1.1"),
                List.of(List.of(c.hong().toString(), "L3")));
        upload(c.cohort(), file).statusCode(404);
        assertEquals(0, ratings(c.hong()));
    }

    @Test
    @TestSecurity(user = "wb-pm-scores", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"MD\"]", type = ClaimType.JSON_ARRAY))
    void aProgrammeManagerMayReadTheCohortButNotScoreIt() {
        Scored c = cohortOf("wb-mt-scores-owner-" + CohortFixtures.suffix());
        byte[] file = TestWorkbooks.written("Scores", List.of("Cadre person id", c.fw().code() + "-1.1"),
                List.of(List.of(c.hong().toString(), "L3")));
        upload(c.cohort(), file).statusCode(403);
        assertEquals(0, ratings(c.hong()));
    }
}
