package org.cadre.security;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each role sees the personal data its work needs and no more: programme managers oversee with names
 * and figures (no e-mail, no phone), trainers who organise a workshop reach its participants, and only
 * admins see which account a person signs in with. Reading a person's record is logged.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataTest {

    private EvidenceFixtures.Fw fw;
    private UUID cohort;
    private UUID person;
    private String email;

    @BeforeAll
    void seed() {
        fw = EvidenceFixtures.framework("BJ");
        cohort = EvidenceFixtures.cohort(fw, "BJ", CohortFixtures.linkedPerson("mt.benin", "BJ"));
        person = EvidenceFixtures.trainee(cohort, "BJ");
        email = "private-" + CohortFixtures.suffix() + "@example.invalid";
        CertificationFixtures.update("update person set email = ?1, phone = '+229 90 00 00 00', keycloak_username = ?2 "
                + "where id = ?3", email, "acct-" + person, person);
    }

    @Test
    void programmeManagersGetNoContactDetails() {
        given().auth().oauth2(Tokens.of("pm.westafrica")).get("/api/v1/persons/" + person).then().statusCode(200)
                .body("email", nullValue()).body("phone", nullValue()).body("username", nullValue())
                .body("familyName", org.hamcrest.Matchers.startsWith("Evidence"));
    }

    @Test
    void masterTrainersReachParticipantsButNotTheirAccounts() {
        given().auth().oauth2(Tokens.of("mt.benin")).get("/api/v1/persons/" + person).then().statusCode(200)
                .body("email", equalTo(email)).body("username", nullValue());
    }

    @Test
    void adminsSeeEverythingAndTheReadIsLogged() {
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/persons/" + person).then().statusCode(200)
                .body("email", equalTo(email)).body("username", equalTo("acct-" + person));
        long logged = EvidenceFixtures.count("select count(*) from access_log where actor = 'admin' "
                + "and action = 'read' and subject_type = 'person' and subject_id = ?1", person.toString());
        assertTrue(logged > 0, "reading a person's record is in the access log");
    }

    @Test
    void lookingAtThePeopleBehindAGapIsLogged() {
        given().auth().oauth2(Tokens.of("mt.benin"))
                .get("/api/v1/reports/gaps/" + fw.code() + "-1.1/people?programme=" + fw.programme())
                .then().statusCode(200);
        long logged = EvidenceFixtures.count("select count(*) from access_log where actor = 'mt.benin' and action = 'read' "
                + "and subject_id = ?1 and detail like 'training needs for%'", fw.programme().toString());
        assertTrue(logged > 0, "the read of training needs is in the access log");
    }

    @Test
    void theRosterExportCarriesContactsOnlyForTheCohortsTrainers() throws Exception {
        assertTrue(rosterCells("mt.benin").contains(email), "the trainer's roster has the e-mail");
        Set<String> managers = rosterCells("pm.westafrica");
        assertFalse(managers.contains(email), "the programme manager's roster has no e-mail");
        assertFalse(managers.contains("+229 90 00 00 00"), "nor the phone");
        assertTrue(managers.stream().anyMatch(t -> t.startsWith("Evidence")), "but the names are there");
    }

    private Set<String> rosterCells(String user) throws Exception {
        byte[] xlsx = given().auth().oauth2(Tokens.of(user))
                .get("/api/v1/workbook/exports/cohorts/" + cohort + "/roster").then().statusCode(200)
                .extract().asByteArray();
        Set<String> texts = new HashSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }
}
